package com.handover.server.office.web;

/** A value whose label lives under a key of its own choosing (a console view of a shared vocabulary). */
public interface Labelled {

    String labelKey();
}
