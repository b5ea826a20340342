package com.handover.server.setup.imports;

import java.util.List;

/** An import that wrote nothing, with every problem found. */
public final class ImportRefused extends Exception {

    private final transient List<ImportProblem> problems;

    public ImportRefused(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the import file");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
