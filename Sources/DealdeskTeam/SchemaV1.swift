import PostgresNIO

/// Schema version 1: the events in gapless positions, the head counter row that keeps them
/// gapless, snapshots by position, and the two functions managers may call. Run as the
/// owner role (init does SET LOCAL ROLE), so everything here belongs to it.
/// docs/team-desk.md explains the design.
enum SchemaV1 {
  static let migration = Migration(version: 1, steps: [
    .init(made: "table desk.meta (the schema version)", statements: [
      """
      CREATE TABLE desk.meta (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version integer NOT NULL CHECK (version > 0),
        migrated_at timestamptz NOT NULL DEFAULT now()
      )
      """,
    ]),
    .init(made: "table desk.head (the counter row: the last position given)", statements: [
      """
      CREATE TABLE desk.head (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        position bigint NOT NULL CHECK (position >= 0)
      )
      """,
      "INSERT INTO desk.head (position) VALUES (0)",
    ]),
    .init(made: "table desk.events (every change, by position)", statements: [
      """
      CREATE TABLE desk.events (
        position bigint PRIMARY KEY CHECK (position > 0),
        author text NOT NULL,
        kind text NOT NULL CHECK (kind <> ''),
        body json NOT NULL,
        committed_at timestamptz NOT NULL
      )
      """,
    ]),
    .init(made: "table desk.snapshots (the whole desk as of a position)", statements: [
      """
      CREATE TABLE desk.snapshots (
        position bigint PRIMARY KEY CHECK (position >= 0),
        author text NOT NULL,
        body json NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )
      """,
    ]),
    .init(made: "function desk.append (the only way to add events)", statements: [appendFunction]),
    .init(made: "function desk.put_snapshot", statements: [snapshotFunction]),
    .init(made: "grants: \(DeskRoles.managers) may read the desk and call its two functions, nothing else", statements: [
      // New functions are EXECUTE for PUBLIC, even after a change of owner: take it back.
      "REVOKE ALL ON FUNCTION desk.append(bigint, text[], text[]) FROM PUBLIC",
      "REVOKE ALL ON FUNCTION desk.put_snapshot(bigint, text) FROM PUBLIC",
      "GRANT USAGE ON SCHEMA desk TO \(unescaped: DeskRoles.managers)",
      "GRANT SELECT ON desk.meta, desk.head, desk.events, desk.snapshots TO \(unescaped: DeskRoles.managers)",
      """
      GRANT EXECUTE ON FUNCTION desk.append(bigint, text[], text[]), desk.put_snapshot(bigint, text)
        TO \(unescaped: DeskRoles.managers)
      """,
    ]),
  ])

  /// Appends one batch when the head is still where the caller saw it. The head row taken
  /// FOR UPDATE makes appenders wait in line; each commits before the next reads the head,
  /// so positions are given in commit order and none is skipped (no sequence: a sequence
  /// hands out numbers that commit out of order, or never). SECURITY DEFINER runs it as the
  /// owner, which alone may insert; the author is session_user, the login, which a manager
  /// cannot change. search_path is fixed so no temporary table of the caller's can stand
  /// in for ours.
  static let appendFunction: PostgresQuery = """
    CREATE FUNCTION desk.append(expected bigint, kinds text[], bodies text[], OUT appended boolean, OUT head bigint)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp
    AS $$
    DECLARE
      seen bigint;
      n_events integer := coalesce(array_length(kinds, 1), 0);
    BEGIN
      IF n_events = 0 OR n_events <> coalesce(array_length(bodies, 1), 0) THEN
        RAISE EXCEPTION 'an append takes at least one event, and one body for each kind (% kinds, % bodies)',
          n_events, coalesce(array_length(bodies, 1), 0) USING ERRCODE = '22023';
      END IF;
      SELECT h.position INTO seen FROM desk.head h WHERE h.singleton FOR UPDATE;
      IF seen IS DISTINCT FROM expected THEN
        appended := false;
        head := seen;
        RETURN;
      END IF;
      INSERT INTO desk.events (position, author, kind, body, committed_at)
        SELECT seen + e.ordinal, session_user, e.kind, e.body::json, clock_timestamp()
        FROM unnest(kinds, bodies) WITH ORDINALITY AS e(kind, body, ordinal);
      head := seen + n_events;
      UPDATE desk.head h SET position = head WHERE h.singleton;
      -- Delivered at commit only, never for a rolled-back append: a hint to read the table.
      PERFORM pg_notify('desk', head::text);
      appended := true;
    END
    $$
    """

  /// Keeps the whole desk as of `at_position` (at most the head; the first snapshot at a
  /// position stays). True when this one was kept.
  static let snapshotFunction: PostgresQuery = """
    CREATE FUNCTION desk.put_snapshot(at_position bigint, snapshot text) RETURNS boolean
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp
    AS $$
    DECLARE
      top bigint;
    BEGIN
      SELECT h.position INTO top FROM desk.head h WHERE h.singleton;
      IF at_position IS NULL OR at_position < 0 OR at_position > top THEN
        RAISE EXCEPTION 'a snapshot at position % is outside the desk (0 to %)', at_position, top USING ERRCODE = '22023';
      END IF;
      INSERT INTO desk.snapshots (position, author, body) VALUES (at_position, session_user, snapshot::json)
        ON CONFLICT (position) DO NOTHING;
      RETURN FOUND;
    END
    $$
    """
}
