package com.handover.mobile;

public final class MobileApp {
    public static void main(String[] args) {
        System.out.println("handover mobile");
    }
}
