import PostgresNIO

/// Schema version 2: the director's changes are the directors'. A manager's login cannot
/// append a change only a director may make (the policy, approvals and rejections, credit
/// limits, minimum orders, the entertainment budget, a whole desk pushed in), from any
/// client, psql included: `desk.append` reads each record's events and refuses them unless
/// the login is in the `directors` group. Snapshots stay open to every manager's session (any may keep
/// one), but a session only loads one kept by itself or by a director (TeamJournal), so a
/// snapshot cannot carry a change its author could not append. docs/team-desk.md.
enum SchemaV2 {
  static let migration = Migration(version: 2, steps: [
    .init(made: "table desk.director_only (the changes only a director may make, and what each is)", statements: [
      """
      CREATE TABLE desk.director_only (
        event text PRIMARY KEY,
        what text NOT NULL
      )
      """,
      """
      INSERT INTO desk.director_only (event, what) VALUES
        ('settingsChanged', 'change the policy (limits, margin floor, terms, tiers, quotas)'),
        ('offerApproved', 'approve an offer'),
        ('approvalRejected', 'reject an offer''s terms'),
        ('orderApproved', 'approve an order beyond a credit limit'),
        ('creditLimitSet', 'set a client''s credit limit'),
        ('minimumsSet', 'set minimum orders'),
        ('expenseBudgetSet', 'set the entertainment budget'),
        ('start', 'move a whole desk into the team desk')
      """,
      "GRANT SELECT ON desk.director_only TO \(unescaped: DeskRoles.managers)",
    ]),
    .init(made: "function desk.append, version 2 (refuses a director's change from a manager's login)", statements: [appendFunction()]),
  ])

  /// Version 1's append (SchemaV1.appendFunction), with the directors' check before the
  /// head row is taken: a refused batch never waits in line. `CREATE OR REPLACE` keeps
  /// the grants version 1 gave. `managersChecks`, run for a manager's login after that
  /// check, is a later version's (SchemaV3); `underHead`, run once the head row is held and
  /// matches `expected` (so `seen` is the position before the batch), is another's
  /// (SchemaV4). Without them this is version 2's function.
  static func appendFunction(managersChecks: String = "", underHead: String = "") -> PostgresQuery {
    """
    CREATE OR REPLACE FUNCTION desk.append(expected bigint, kinds text[], bodies text[], OUT appended boolean, OUT head bigint)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp
    AS $$
    DECLARE
      seen bigint;
      n_events integer := coalesce(array_length(kinds, 1), 0);
      refused text;
    BEGIN
      IF n_events = 0 OR n_events <> coalesce(array_length(bodies, 1), 0) THEN
        RAISE EXCEPTION 'an append takes at least one event, and one body for each kind (% kinds, % bodies)',
          n_events, coalesce(array_length(bodies, 1), 0) USING ERRCODE = '22023';
      END IF;
      IF NOT pg_has_role(session_user, '\(unescaped: DeskRoles.directors)', 'MEMBER') THEN
        -- Each event is an object keyed by its kind ({"settingsChanged": {...}}); a record
        -- that starts the desk over carries "kind": "start".
        SELECT string_agg(DISTINCT d.what, '; ') INTO refused
          FROM unnest(bodies) AS r(body)
          CROSS JOIN LATERAL (
            SELECT k.key
              FROM json_array_elements(
                     CASE WHEN json_typeof(r.body::json -> 'events') = 'array' THEN r.body::json -> 'events' ELSE '[]'::json END) AS e(event)
              CROSS JOIN LATERAL json_object_keys(CASE WHEN json_typeof(e.event) = 'object' THEN e.event ELSE '{}'::json END) AS k(key)
            UNION ALL
            SELECT 'start' WHERE json_typeof(r.body::json) = 'object' AND r.body::json ->> 'kind' = 'start'
          ) AS made
          JOIN desk.director_only d ON d.event = made.key;
        IF refused IS NOT NULL THEN
          RAISE EXCEPTION 'only a director may %', refused
            USING ERRCODE = '42501', HINT = 'Ask a director of the branch to make this change.';
        END IF;\(unescaped: managersChecks)
      END IF;
      SELECT h.position INTO seen FROM desk.head h WHERE h.singleton FOR UPDATE;
      IF seen IS DISTINCT FROM expected THEN
        appended := false;
        head := seen;
        RETURN;
      END IF;\(unescaped: underHead)
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
  }
}
