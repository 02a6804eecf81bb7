package com.perfdash.projects;

import com.perfdash.ingest.AfterLoadStep;
import org.jdbi.v3.core.Handle;
import org.springframework.stereotype.Component;

/**
 * After every load, inside its transaction: the linking key of each new project name is computed once
 * and stored ({@code project_name_key}, V007), so that the project pages read keys instead of
 * normalising hundreds of thousands of names on every visit; the keys of names no longer loaded (a
 * withdrawn batch's) are removed. Without it the pages still work, slower.
 */
@Component
public class ProjectKeyStep implements AfterLoadStep {

    @Override
    public void afterLoad(Handle transaction) {
        ProjectKeyQueries keys = transaction.attach(ProjectKeyQueries.class);
        keys.removeUnusedKeys();
        keys.addMissingKeys();
    }
}
