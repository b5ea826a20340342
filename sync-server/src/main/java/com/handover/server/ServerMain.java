package com.handover.server;

public final class ServerMain {
    public static void main(String[] args) {
        System.out.println("handover sync server");
    }
}
