package com.handover.server.setup.imports;

import com.handover.server.office.web.Messages;
import java.util.List;

/** An import problem as one line of text: where, then what. */
public final class ImportMessages {

    private ImportMessages() {
    }

    public static String text(ImportProblem p, Messages msg) {
        String what = msg.t(p.key(), p.args().toArray());
        if (p.sheet() == null) {
            return what;
        }
        if (p.column() == null) {
            return msg.t("import.at.sheet", p.sheet(), what);
        }
        return msg.t("import.at.cell", p.sheet(), String.valueOf(p.row()), p.column(), what);
    }

    public static List<String> texts(List<ImportProblem> problems, Messages msg) {
        return problems.stream().map(p -> text(p, msg)).toList();
    }
}
