/**
 * Repair and complaint clocks from the seed (售后维修管理办法, 维修工作规定; REFERENCE.md §3 R12–R16, R23):
 * on-site deadlines by repair value, emergency dispatch, chargebacks to the contractor's warranty deposit
 * (质保金), complaint answer and return-visit deadlines, and the monthly report (维修月报) and quarterly
 * settlement per contractor. Money is in fen (long), times are {@link java.time.Instant}s; the figures are
 * an {@link com.handover.model.sla.SlaPolicy}, not constants.
 */
package com.handover.model.sla;
