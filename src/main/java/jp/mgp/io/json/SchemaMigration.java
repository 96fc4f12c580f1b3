package jp.mgp.io.json;

import jp.mgp.io.json.Dtos.ProjectionJson;

/**
 * Brings a validated file of an older schema version to the current one, so that the mapper reads one shape
 * and a file opened and saved again is written in the current version.
 */
final class SchemaMigration {

    private SchemaMigration() {
    }

    static ProjectionJson toCurrent(ProjectionJson p) {
        if (p.schemaVersion() == ProjectionValidator.CURRENT_SCHEMA) {
            return p;
        }
        // 1 -> 2: every version-1 override is an absolute "value", which is what "value" still means, so an old
        // file projects exactly as before; version 1 has no relative overrides and no scenario known points (the
        // validator refuses them there). Only the version number changes.
        return new ProjectionJson(ProjectionValidator.CURRENT_SCHEMA, p.title(), p.description(), p.horizon(),
                p.metadata(), p.series(), p.scenarios(), p.referenceLines(), p.charts(), p.simulation());
    }
}
