/** The handover-inspection and warranty-repair domain, shared by the server and every device. */
package com.handover.model;
