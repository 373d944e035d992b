// catalogue/schema: the SQL of the catalogue database, in one place. Version it with PRAGMA user_version.
#pragma once

namespace tmap::catalogue {

inline constexpr int kSchemaVersion = 19;

inline constexpr const char* kSchemaSql
    = R"sql(
CREATE TABLE source (id TEXT PRIMARY KEY, citation TEXT NOT NULL);
CREATE TABLE symptom (id TEXT PRIMARY KEY, name TEXT NOT NULL, words TEXT NOT NULL, drawn_as TEXT NOT NULL);
CREATE TABLE factor (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, prevention TEXT NOT NULL);
CREATE TABLE red_flag (id TEXT PRIMARY KEY, title TEXT NOT NULL, signs TEXT NOT NULL, action TEXT NOT NULL,
                       hold_self_care INTEGER NOT NULL CHECK (hold_self_care IN (0, 1)));
CREATE TABLE red_flag_region (red_flag_id TEXT NOT NULL REFERENCES red_flag(id), region TEXT NOT NULL);
CREATE TABLE red_flag_symptom (red_flag_id TEXT NOT NULL REFERENCES red_flag(id),
                               symptom_id TEXT NOT NULL REFERENCES symptom(id));
CREATE TABLE red_flag_sign (red_flag_id TEXT NOT NULL REFERENCES red_flag(id),
                            symptom_id TEXT NOT NULL REFERENCES symptom(id));
CREATE TABLE muscle (id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, name TEXT NOT NULL, latin TEXT NOT NULL,
                     area TEXT NOT NULL, overview TEXT NOT NULL, location TEXT NOT NULL, action TEXT NOT NULL,
                     palpation TEXT NOT NULL, pattern_evidence TEXT NOT NULL, technique_evidence TEXT NOT NULL);
CREATE TABLE muscle_other_name (muscle_id TEXT NOT NULL REFERENCES muscle(id), ordinal INTEGER NOT NULL,
                                name TEXT NOT NULL);
CREATE TABLE muscle_also_in (muscle_id TEXT NOT NULL REFERENCES muscle(id), ordinal INTEGER NOT NULL,
                             area TEXT NOT NULL);
CREATE TABLE muscle_symptom (muscle_id TEXT NOT NULL REFERENCES muscle(id), ordinal INTEGER NOT NULL,
                             symptom_id TEXT NOT NULL REFERENCES symptom(id), note TEXT NOT NULL);
CREATE TABLE muscle_factor (muscle_id TEXT NOT NULL REFERENCES muscle(id), ordinal INTEGER NOT NULL,
                            factor_id TEXT NOT NULL REFERENCES factor(id), note TEXT NOT NULL);
CREATE TABLE trigger_point (id TEXT PRIMARY KEY, muscle_id TEXT NOT NULL REFERENCES muscle(id),
                            ordinal INTEGER NOT NULL, name TEXT NOT NULL, location TEXT NOT NULL,
                            only_side TEXT NOT NULL CHECK (only_side IN ('', 'right', 'left')),
                            clinician_only INTEGER NOT NULL CHECK (clinician_only IN (0, 1)),
                            less_common INTEGER NOT NULL CHECK (less_common IN (0, 1)),
                            grip INTEGER NOT NULL CHECK (grip IN (0, 1)),
                            no_referred_pain INTEGER NOT NULL CHECK (no_referred_pain IN (0, 1)));
CREATE TABLE trigger_point_site (trigger_point_id TEXT NOT NULL REFERENCES trigger_point(id),
                                 ordinal INTEGER NOT NULL, region TEXT NOT NULL);
CREATE TABLE trigger_point_marker (trigger_point_id TEXT NOT NULL REFERENCES trigger_point(id),
                                   view TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL);
CREATE TABLE zone (trigger_point_id TEXT NOT NULL REFERENCES trigger_point(id), ordinal INTEGER NOT NULL,
                   region TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('main', 'spillover')),
                   frequency TEXT NOT NULL CHECK (frequency IN ('usual', 'occasional')),
                   side TEXT NOT NULL CHECK (side IN ('same', 'both')));
CREATE TABLE trigger_point_symptom (trigger_point_id TEXT NOT NULL REFERENCES trigger_point(id),
                                    symptom_id TEXT NOT NULL REFERENCES symptom(id));
CREATE TABLE technique (id INTEGER PRIMARY KEY, muscle_id TEXT NOT NULL REFERENCES muscle(id),
                        ordinal INTEGER NOT NULL,
                        kind TEXT NOT NULL CHECK (kind IN ('pressure', 'stretch', 'other')), name TEXT NOT NULL,
                        tool TEXT NOT NULL,
                        position TEXT NOT NULL, duration TEXT NOT NULL, frequency TEXT NOT NULL,
                        intensity TEXT NOT NULL);
CREATE TABLE technique_step (technique_id INTEGER NOT NULL REFERENCES technique(id), ordinal INTEGER NOT NULL,
                             text TEXT NOT NULL);
CREATE TABLE technique_precaution (technique_id INTEGER NOT NULL REFERENCES technique(id),
                                   ordinal INTEGER NOT NULL, text TEXT NOT NULL);
CREATE TABLE muscle_precaution (muscle_id TEXT NOT NULL REFERENCES muscle(id), ordinal INTEGER NOT NULL,
                                text TEXT NOT NULL);
CREATE TABLE muscle_tip (muscle_id TEXT NOT NULL REFERENCES muscle(id), ordinal INTEGER NOT NULL,
                         text TEXT NOT NULL);
CREATE TABLE muscle_red_flag (muscle_id TEXT NOT NULL REFERENCES muscle(id),
                              red_flag_id TEXT NOT NULL REFERENCES red_flag(id));
CREATE TABLE muscle_red_flag_note (muscle_id TEXT NOT NULL REFERENCES muscle(id), ordinal INTEGER NOT NULL,
                                   text TEXT NOT NULL);
CREATE TABLE related_muscle (muscle_id TEXT NOT NULL REFERENCES muscle(id), ordinal INTEGER NOT NULL,
                             related_id TEXT NOT NULL REFERENCES muscle(id));
CREATE TABLE muscle_source (muscle_id TEXT NOT NULL REFERENCES muscle(id), ordinal INTEGER NOT NULL,
                            source_id TEXT NOT NULL REFERENCES source(id), chapter TEXT NOT NULL);
CREATE TABLE pain_guide (id INTEGER PRIMARY KEY);
CREATE TABLE pain_guide_region (guide_id INTEGER NOT NULL REFERENCES pain_guide(id), region TEXT NOT NULL UNIQUE);
CREATE TABLE pain_guide_muscle (guide_id INTEGER NOT NULL REFERENCES pain_guide(id), ordinal INTEGER NOT NULL,
                                muscle_id TEXT NOT NULL REFERENCES muscle(id),
                                kind TEXT NOT NULL CHECK (kind IN ('main', 'spillover')),
                                place INTEGER NOT NULL CHECK (place >= 0 AND place <= ordinal));
CREATE TABLE pain_guide_source (guide_id INTEGER NOT NULL REFERENCES pain_guide(id), ordinal INTEGER NOT NULL,
                                source_id TEXT NOT NULL REFERENCES source(id), chapter TEXT NOT NULL);
CREATE TABLE translation (language TEXT NOT NULL, key TEXT NOT NULL, text TEXT NOT NULL,
                          PRIMARY KEY (language, key));
CREATE TABLE guide_section (id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,
    warning INTEGER NOT NULL DEFAULT 0);
CREATE TABLE body_data (name TEXT PRIMARY KEY, content TEXT NOT NULL);
CREATE TABLE body_view (id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, title TEXT NOT NULL, aspect REAL NOT NULL,
                        outline BLOB NOT NULL, strokes BLOB NOT NULL, labels TEXT NOT NULL);
CREATE TABLE body_shape (view_id TEXT NOT NULL REFERENCES body_view(id), ordinal INTEGER NOT NULL,
                         instance TEXT NOT NULL, centre_x REAL NOT NULL, centre_y REAL NOT NULL,
                         polygons BLOB NOT NULL);
CREATE INDEX zone_by_point ON zone(trigger_point_id);
CREATE INDEX trigger_point_by_muscle ON trigger_point(muscle_id);
CREATE TABLE search_synonym (ordinal INTEGER PRIMARY KEY, words TEXT NOT NULL, means TEXT NOT NULL,
                             not_phrases TEXT NOT NULL);
CREATE VIRTUAL TABLE muscle_search USING fts5(
    muscle_id UNINDEXED, name, other_names, symptoms, pain, body, warnings,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
)sql"
      // Pattern shapes (version 9): how each trigger point's referral pattern is drawn, per view and zone kind; the
      // polygons as body::encodePolygons writes them (the right side's, normalised view coordinates).
      R"sql(
CREATE TABLE pattern_shape (trigger_point_id TEXT NOT NULL REFERENCES trigger_point(id), view TEXT NOT NULL,
                            kind TEXT NOT NULL CHECK (kind IN ('main', 'spillover')), polygons BLOB NOT NULL);
)sql";

/// The muscles' outlines (catalogue/outline.h), a block of its own: one row per muscle and view; `polygons` as
/// body::encodePolygons writes them. Created after kSchemaSql; version 10 added it (9 the pattern shapes).
inline constexpr const char* kOutlineSchemaSql = R"sql(
CREATE TABLE muscle_outline (muscle_id TEXT NOT NULL REFERENCES muscle(id), ordinal INTEGER NOT NULL,
                             view TEXT NOT NULL, deep INTEGER NOT NULL CHECK (deep IN (0, 1)),
                             polygons BLOB NOT NULL);
)sql";

} // namespace tmap::catalogue
