package com.handover.model.warranty;

/** Where a warranty period or an expiry comes from. */
public enum TermSource {
    /** The buyer minimum of 建房[1998]102号 第五条, from handover. */
    BUYER_MINIMUM,
    /** A city or project rule pack, from handover (buyer) or completion acceptance (contractor). */
    LOCAL_RULE,
    /** The statutory contractor minimum of 《建设工程质量管理条例》第四十条, from completion acceptance. */
    CONTRACTOR_STATUTORY,
    /** A longer period agreed in the contractor's 质量保修书. */
    CONTRACTOR_AGREED,
    /** The buyer keeps the remainder of the contractor's period (《商品房销售管理办法》第三十三条). */
    CONTRACTOR_REMAINDER,
    /** No period is set by law or data: it is by agreement, and no expiry is computed. */
    BY_AGREEMENT,
    /** Counted in seasons the project does not have (no heating season in a southern city). */
    NOT_APPLICABLE
}
