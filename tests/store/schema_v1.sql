-- A Herald event store as version 1 of the schema wrote it (before the
-- full-text index), with one article, one event and its mention: the
-- migration test opens it with the current herald.
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  date TEXT, source TEXT, url TEXT, title TEXT,
  text_hash TEXT NOT NULL,
  ingested TEXT NOT NULL,
  num_events INTEGER NOT NULL DEFAULT 0);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  date TEXT, date_precision INTEGER NOT NULL DEFAULT 0,
  source TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL,
  quad INTEGER, goldstein REAL, plover_type TEXT, plover_mode TEXT,
  loc_name TEXT, loc_country TEXT, loc_adm1 TEXT, loc_precision TEXT, lat REAL, lon REAL,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT, last_seen TEXT,
  first_mention INTEGER);
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id INTEGER NOT NULL REFERENCES events(id),
  article_id INTEGER NOT NULL REFERENCES articles(id),
  outlet TEXT NOT NULL,
  record_id TEXT NOT NULL, sentence INTEGER NOT NULL,
  code TEXT NOT NULL, date TEXT, date_end TEXT,
  date_precision INTEGER NOT NULL DEFAULT 0, date_basis INTEGER NOT NULL DEFAULT 0,
  reported_by TEXT, evidence TEXT NOT NULL,
  source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER,
  verb_start INTEGER, verb_end INTEGER);
CREATE INDEX events_dyad ON events(source, target, date, quad, goldstein, num_mentions);
CREATE INDEX events_target ON events(target, date, num_mentions);
CREATE INDEX events_date ON events(date, quad, goldstein, num_mentions);
CREATE INDEX mentions_event ON mentions(event_id, outlet, article_id);
CREATE INDEX mentions_article ON mentions(article_id);
INSERT INTO articles VALUES (1, 'old-1', '2019-03-04', 'Wire', NULL, NULL,
  '0123456789abcdef', '2019-03-05T00:00:00Z', 1);
INSERT INTO events VALUES (1, '2019-03-03', 1, 'TUR', 'SYR', '190', 4, -10.0, 'ASSAULT', NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, 1, 1, 1, '2019-03-04', '2019-03-04', 1);
INSERT INTO mentions VALUES (1, 1, 1, 'Wire', 'old-1:0:0', 0, '190', '2019-03-03', NULL, 1, 1, NULL,
  'Turkish artillery shelled Syrian border villages on Sunday.', 0, 7, 26, 32, 18, 25);
PRAGMA user_version = 1;
PRAGMA application_id = 1213353028;
