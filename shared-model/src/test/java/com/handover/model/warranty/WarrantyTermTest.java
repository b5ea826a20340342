package com.handover.model.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.checklist.PeriodUnit;
import com.handover.model.checklist.WarrantyPeriod;
import com.handover.model.json.BundledWarrantyRules;
import com.handover.model.site.Project;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row quotes the legal basis (or design rule) it checks. Dates are the last day of the warranty. */
class WarrantyTermTest {

    private final WarrantyCalculator calculator = new WarrantyCalculator(BundledWarrantyRules.rules());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # basis                                                                                      | city | completion | handover   | category           | counting              | agreed               | project heating | buyer expiry | decided by           | contractor expiry | contractor decided by
            条例 第四十条(二) 屋面防水 5年 > 建房[1998]102号 第五条 屋面防水 3年: 88号令 第三十三条 remainder rule | 北京 | 2025-03-01 | 2025-12-20 | ROOF_WATERPROOF    | COMPLETE_SEASONS_ONLY | -                    | -               | 2030-03-01   | CONTRACTOR_REMAINDER | 2030-03-01        | CONTRACTOR_STATUTORY
            建房[1998]102号 第五条 屋面防水 3年 from 交付之日 outlasts the contractor's 5 years from an old completion | 北京 | 2020-01-10 | 2024-06-01 | ROOF_WATERPROOF    | COMPLETE_SEASONS_ONLY | -                    | -               | 2027-06-01   | BUYER_MINIMUM        | 2025-01-10        | CONTRACTOR_STATUTORY
            88号令 第三十三条 remainder rule: 卫生间地面渗漏 buyer 1年 vs 条例 第四十条(二) 5年 from an earlier completion | 北京 | 2024-09-30 | 2025-06-15 | WET_AREA_LEAK      | COMPLETE_SEASONS_ONLY | -                    | -               | 2029-09-30   | CONTRACTOR_REMAINDER | 2029-09-30        | CONTRACTOR_STATUTORY
            88号令 第三十三条: 电气管线 has no 1998 buyer line (null), buyer keeps the remainder of 条例 第四十条(四) 2年 | 北京 | 2025-05-20 | 2025-12-01 | ELECTRICAL_WIRING  | COMPLETE_SEASONS_ONLY | -                    | -               | 2027-05-20   | CONTRACTOR_REMAINDER | 2027-05-20        | CONTRACTOR_STATUTORY
            建房[1998]102号 第五条 灯具 6个月; 民法典 第二百零二条 03-31 + 6 months ends on the month's last day 09-30 | 北京 | 2023-01-01 | 2025-03-31 | LIGHTING_SWITCH    | COMPLETE_SEASONS_ONLY | -                    | -               | 2025-09-30   | BUYER_MINIMUM        | 2025-01-01        | CONTRACTOR_STATUTORY
            建房[1998]102号 第五条 管道堵塞 2个月; 民法典 第二百零二条 12-31 + 2 months = 02-28                   | 北京 | 2022-01-01 | 2025-12-31 | PIPE_BLOCKAGE      | COMPLETE_SEASONS_ONLY | -                    | -               | 2026-02-28   | BUYER_MINIMUM        | 2024-01-01        | CONTRACTOR_STATUTORY
            建房[1998]102号 第五条 合理使用寿命年限; 条例 第四十条(一) 设计文件规定的合理使用年限 (50年)          | 北京 | 2025-03-01 | 2025-12-20 | STRUCTURE          | COMPLETE_SEASONS_ONLY | -                    | -               | 2075-12-20   | BUYER_MINIMUM        | 2075-03-01        | CONTRACTOR_STATUTORY
            REFERENCE §1.5: 北京 handover 2025-12-20, 1个采暖期 = 2026-11-15..2027-03-15; 条例 第四十条(三) 2个采暖期 from 2025-10-01 | 北京 | 2025-10-01 | 2025-12-20 | HEATING | COMPLETE_SEASONS_ONLY | - | - | 2027-03-15 | BUYER_MINIMUM | 2027-03-15 | CONTRACTOR_STATUTORY
            建房[1998]102号 第五条 1个采暖期, complete seasons only: the season running at handover does not count | 北京 | 2024-06-01 | 2025-12-20 | HEATING            | COMPLETE_SEASONS_ONLY | -                    | -               | 2027-03-15   | BUYER_MINIMUM        | 2026-03-15        | CONTRACTOR_STATUTORY
            建房[1998]102号 第五条 1个采暖期, project policy: the season running at handover counts               | 北京 | 2024-06-01 | 2025-12-20 | HEATING            | COUNT_RUNNING_SEASON  | -                    | -               | 2026-03-15   | BUYER_MINIMUM        | 2026-03-15        | CONTRACTOR_STATUTORY
            哈尔滨 采暖期 10-20..04-20: handover 10-25 falls in a running season, the first counted ends 2027-04-20 | 哈尔滨市 | 2024-06-01 | 2025-10-25 | HEATING        | COMPLETE_SEASONS_ONLY | -                    | -               | 2027-04-20   | BUYER_MINIMUM        | 2026-04-20        | CONTRACTOR_STATUTORY
            REFERENCE §1.5: 广州 has no municipal heating season and the project set none: not applicable       | 广州 | 2025-03-01 | 2025-12-20 | HEATING            | COMPLETE_SEASONS_ONLY | -                    | -               | -            | NOT_APPLICABLE       | -                 | NOT_APPLICABLE
            REFERENCE §1.5: 广州 project with floor heating sets its own season 12-01..02-28                       | 广州 | 2025-03-01 | 2025-12-20 | HEATING            | COMPLETE_SEASONS_ONLY | -                    | 12-01/02-28     | 2027-02-28   | BUYER_MINIMUM        | 2027-02-28        | CONTRACTOR_STATUTORY
            建房[1998]102号 第五条 1个供冷期; no statutory calendar, default 06-01..09-30                            | 北京 | 2025-03-01 | 2025-07-01 | COOLING            | COMPLETE_SEASONS_ONLY | -                    | -               | 2026-09-30   | BUYER_MINIMUM        | 2026-09-30        | CONTRACTOR_STATUTORY
            上海市地方规定 [V2]: 门窗 2年 for the buyer, a further max over 建房[1998]102号 第五条 1年            | 上海市 | 2023-01-01 | 2025-05-10 | DOOR_WINDOW       | COMPLETE_SEASONS_ONLY | -                    | -               | 2027-05-10   | LOCAL_RULE           | 2025-01-01        | CONTRACTOR_STATUTORY
            上海市地方规定 [V2]: 抹灰 2年 for the buyer                                                           | 上海 | 2023-01-01 | 2025-05-10 | PLASTER            | COMPLETE_SEASONS_ONLY | -                    | -               | 2027-05-10   | LOCAL_RULE           | 2025-01-01        | CONTRACTOR_STATUTORY
            建房[1998]102号 第五条 门窗 1年: no local rule in 北京                                               | 北京 | 2023-01-01 | 2025-05-10 | DOOR_WINDOW        | COMPLETE_SEASONS_ONLY | -                    | -               | 2026-05-10   | BUYER_MINIMUM        | 2025-01-01        | CONTRACTOR_STATUTORY
            条例 第四十条: 其他项目 由发包方与承包方约定; 建房[1998]102号 第五条: 其他 自行约定 -> no expiry     | 北京 | 2025-03-01 | 2025-12-20 | OTHER              | COMPLETE_SEASONS_ONLY | -                    | -               | -            | BY_AGREEMENT         | -                 | BY_AGREEMENT
            条例 第四十条: 其他项目 约定 3年 in the 质量保修书; 88号令 第三十三条 gives the buyer the remainder   | 北京 | 2025-03-01 | 2025-12-20 | OTHER              | COMPLETE_SEASONS_ONLY | OTHER=YEARS:3        | -               | 2028-03-01   | CONTRACTOR_REMAINDER | 2028-03-01        | CONTRACTOR_AGREED
            质量保修书 8年 above 条例 第四十条(二) 外墙面防渗漏 5年 (the agreed period counts where longer)        | 北京 | 2025-03-01 | 2025-12-20 | EXTERNAL_WALL_LEAK | COMPLETE_SEASONS_ONLY | EXTERNAL_WALL_LEAK=YEARS:8 | -          | 2033-03-01   | CONTRACTOR_REMAINDER | 2033-03-01        | CONTRACTOR_AGREED
            质量保修书 3年 below 条例 第四十条(二) 屋面防水 5年: the statutory minimum is a floor                   | 北京 | 2025-03-01 | 2025-12-20 | ROOF_WATERPROOF    | COMPLETE_SEASONS_ONLY | ROOF_WATERPROOF=YEARS:3 | -            | 2030-03-01   | CONTRACTOR_REMAINDER | 2030-03-01        | CONTRACTOR_STATUTORY
            """)
    void termFollowsTheRules(String basis, String city, LocalDate completion, LocalDate handover, String category,
                             SeasonCounting counting, String agreed, String projectHeating, LocalDate buyerExpiry,
                             TermSource decidedBy, LocalDate contractorExpiry, TermSource contractorDecidedBy) {
        Project project = project(city, completion);
        ProjectWarrantySettings settings = new ProjectWarrantySettings(project.id(), agreed(agreed),
                season(projectHeating), null, counting);
        WarrantyTerm term = calculator.term(project, settings, category, handover);
        assertEquals(buyerExpiry, term.buyerExpiry(), basis);
        assertEquals(decidedBy, term.decidedBy(), basis);
        assertEquals(contractorExpiry, term.contractorExpiry(), basis);
        assertEquals(contractorDecidedBy, term.contractorDecidedBy(), basis);
        assertEquals(contractorExpiry, calculator.contractorExpiry(project, settings, category).orElse(null), basis);
    }

    @Test
    void remainderRuleIsExplainedWithItsLegalBasis() {
        Project project = project("北京", LocalDate.parse("2024-09-30"));
        WarrantyTerm term = calculator.term(project, ProjectWarrantySettings.defaults(project.id()), "WET_AREA_LEAK",
                LocalDate.parse("2025-06-15"));
        assertTrue(term.basisZh().contains("建房[1998]102号 第五条：厨房和卫生间地面渗漏1年"), term.basisZh());
        assertTrue(term.basisZh().contains("第四十条第（二）项"), term.basisZh());
        assertTrue(term.basisZh().contains("第三十三条"), term.basisZh());
        assertTrue(term.basisZh().contains("2029-09-30"), term.basisZh());
        String en = term.basis(Locale.ENGLISH);
        assertTrue(en.contains("Buyer minimum: 1 year from handover on 2025-06-15, to 2026-06-15"), en);
        assertTrue(en.contains("Contractor statutory minimum: 5 years from completion acceptance on 2024-09-30, to 2029-09-30"), en);
        assertTrue(en.contains("remainder of the contractor's period"), en);
    }

    @Test
    void localRuleNamesThePack() {
        Project project = project("上海", LocalDate.parse("2023-01-01"));
        WarrantyTerm term = calculator.term(project, ProjectWarrantySettings.defaults(project.id()), "PLASTER",
                LocalDate.parse("2025-05-10"));
        assertTrue(term.basisZh().contains("上海市地方规定"), term.basisZh());
        assertEquals(3, term.candidates().size(), "buyer minimum, Shanghai rule, contractor minimum");
    }

    static Project project(String city, LocalDate completion) {
        return new Project(UUID.nameUUIDFromBytes((city + completion).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "P1", "测试项目", city, completion, 50);
    }

    private static Map<String, WarrantyPeriod> agreed(String spec) {
        Map<String, WarrantyPeriod> map = new HashMap<>();
        if (spec != null) {
            String[] kv = spec.split("=");
            String[] period = kv[1].split(":");
            map.put(kv[0], new WarrantyPeriod(PeriodUnit.valueOf(period[0]), Integer.parseInt(period[1])));
        }
        return map;
    }

    private static SeasonWindow season(String spec) {
        if (spec == null) {
            return null;
        }
        String[] parts = spec.split("/");
        return new SeasonWindow(MonthDay.parse("--" + parts[0]), MonthDay.parse("--" + parts[1]));
    }
}
