/**
 * Checklist templates for the handover inspection: the finished-unit form (装修房质量验收单, SM03-15) and
 * the bare-shell form (毛坯房质量验收单, SM03-16), their rooms and items, and the vocabulary the items use
 * (inspection methods, trades, measures, warranty categories). Pure data with invariants checked in the
 * constructors; the bundled versions are read by {@code com.handover.model.json.BundledChecklists}.
 */
package com.handover.model.checklist;
