package com.handover.model.sla;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/** The rule a deadline or a chargeback follows, with its words (bundle {@code SlaMessages}) and its source. */
public enum SlaRule {
    /** 售后维修工作规定 第1条: the 售后维修部 repairs an emergency at once (立即); the seed gives no figure. */
    ON_SITE_EMERGENCY,
    /** 售后维修工作规定 第2条: up to 1000 yuan, on site within 24 h. */
    ON_SITE_UP_TO_THRESHOLD,
    /** 售后维修工作规定 第3条: above 1000 yuan, on site within 36 h. */
    ON_SITE_ABOVE_THRESHOLD,
    /** 售后维修工作规定 第1条: emergency repairs are deducted from the 质保金 at the actual cost. */
    CHARGEBACK_EMERGENCY_ACTUAL_COST,
    /** 售后维修工作规定 第2、3条: a missed deadline means self-repair, deducted at 200 %. */
    CHARGEBACK_SELF_REPAIR,
    /** The contractor repaired it itself: nothing is deducted. */
    NO_CHARGEBACK,
    /** 售后维修工作规定 第5条: only 质保期内 problems are deducted; the contractor's warranty had ended when it was reported. */
    NO_CHARGEBACK_OUTSIDE_CONTRACTOR_WARRANTY,
    /** The contractor objected to the deduction (异议) and the office withdrew it (撤销). */
    CHARGEBACK_WITHDRAWN_ON_OBJECTION,
    /** The contractor objected to the deduction (异议) and the office adjusted the amount (调整金额). */
    CHARGEBACK_ADJUSTED_ON_OBJECTION,
    /** Complaints are answered within 24 h: the seed's online example (收到网络信息24小时内，必须给出答复或知会). */
    COMPLAINT_ANSWER,
    /** Return visit after an emergency repair. */
    REVISIT_EMERGENCY,
    /** Return visit after any other repair. */
    REVISIT_NORMAL;

    private static final String BUNDLE = "com.handover.model.sla.SlaMessages";

    /** The rule in words with the policy's figures, Chinese for a Chinese locale, English otherwise. */
    public String text(SlaPolicy policy, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] args = switch (this) {
            case ON_SITE_EMERGENCY -> new Object[0];
            case ON_SITE_UP_TO_THRESHOLD -> new Object[] {yuan(policy.costThresholdFen()),
                    duration(bundle, policy.onSiteUpToThreshold(), locale)};
            case ON_SITE_ABOVE_THRESHOLD -> new Object[] {yuan(policy.costThresholdFen()),
                    duration(bundle, policy.onSiteAboveThreshold(), locale)};
            case CHARGEBACK_EMERGENCY_ACTUAL_COST -> new Object[] {String.valueOf(policy.emergencyChargebackPercent())};
            case CHARGEBACK_SELF_REPAIR -> new Object[] {String.valueOf(policy.selfRepairChargebackPercent())};
            case NO_CHARGEBACK, NO_CHARGEBACK_OUTSIDE_CONTRACTOR_WARRANTY, CHARGEBACK_WITHDRAWN_ON_OBJECTION,
                 CHARGEBACK_ADJUSTED_ON_OBJECTION -> new Object[0];
            case COMPLAINT_ANSWER -> new Object[] {duration(bundle, policy.complaintAnswerWithin(), locale)};
            case REVISIT_EMERGENCY -> new Object[] {duration(bundle, policy.emergencyRevisitWithin(), locale)};
            case REVISIT_NORMAL -> new Object[] {duration(bundle, policy.revisitWithin(), locale)};
        };
        return new MessageFormat(bundle.getString("rule." + name()), locale).format(args);
    }

    /** Fen as yuan without a trailing zero: 100000 -> "1000", 100001 -> "1000.01". */
    static String yuan(long fen) {
        BigDecimal yuan = BigDecimal.valueOf(fen, 2).stripTrailingZeros();
        return yuan.scale() < 0 ? yuan.setScale(0).toPlainString() : yuan.toPlainString();
    }

    private static String duration(ResourceBundle bundle, Duration d, Locale locale) {
        if (d.toHours() > 24 && d.toHoursPart() == 0 && d.toMinutesPart() == 0) {
            return new MessageFormat(bundle.getString("duration.days"), locale).format(new Object[] {d.toDays()});
        }
        if (d.toMinutesPart() == 0) {
            return new MessageFormat(bundle.getString("duration.hours"), locale).format(new Object[] {d.toHours()});
        }
        return new MessageFormat(bundle.getString("duration.hoursMinutes"), locale)
                .format(new Object[] {d.toHours(), d.toMinutesPart()});
    }
}
