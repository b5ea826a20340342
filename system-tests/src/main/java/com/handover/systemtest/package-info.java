/** Harnesses that run the real server and device processes under faults, hostile input and load. */
package com.handover.systemtest;
