-- Schema version 11: saved import mappings (docs/imports.md, "Presets"). A preset names a CSV column
-- mapping (ImportMapping as JSON) so the same kind of file maps in one click next time. Presets belong
-- to the workspace, not to a site: they describe a file's shape, which does not depend on the site.
CREATE TABLE import_presets (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    mapping     TEXT    NOT NULL,   -- ImportMapping::toJson()
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
