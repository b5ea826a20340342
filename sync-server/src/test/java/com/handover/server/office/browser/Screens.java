package com.handover.server.office.browser;

/** Takes screenshots of console pages of a running server: {@code Screens <baseUrl> <name=path>...}. */
public final class Screens {

    private Screens() {
    }

    public static void main(String[] args) {
        try (Browser b = new Browser(args[0])) {
            b.signIn("admin", ConsoleServer.PASSWORD);
            for (int i = 1; i < args.length; i++) {
                String[] np = args[i].split("=", 2);
                b.open(np[1]);
                b.waiting().until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState").equals("complete"));
                System.out.println(b.screenshot(np[0]));
            }
        }
    }
}
