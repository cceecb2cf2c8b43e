import PostgresNIO

/// Schema version 3: the people of the branch are the directors'. A director adds a person's
/// login (`team add-user`) through `desk.add_user`, which only a director may call and which
/// creates nothing but a login in the managers' (and maybe the directors') group; and a
/// person's record, their limits and quota, a limit's change and a client's account are
/// director's changes `desk.append` refuses from a manager's login, as is a task; and a
/// manager may set only their own absence and mark only their own work in cover.
/// docs/team-desk.md.
///
/// The owner (`desk_owner`) creates the login, so init gives it CREATEROLE and the right to
/// grant the two groups (TeamDesk.preparesOwner) before these steps run as the owner.
enum SchemaV3 {
  static let migration = Migration(version: 3, steps: [
    .init(made: "people, their limits and accounts as a director's changes (desk.director_only)", statements: [
      """
      INSERT INTO desk.director_only (event, what) VALUES
        ('personSet', 'add people or change their limits or quota'),
        ('limitChanged', 'change a limit of authority'),
        ('accountAssigned', 'give a client''s account to a manager'),
        ('taskAssigned', 'give a person a task')
      """
    ]),
    .init(made: "function desk.append, version 3 (a manager sets only their own absence and marks only their own work in cover)", statements: [
      SchemaV2.appendFunction(managersChecks: ownAbsenceOnly)
    ]),
    .init(made: "function desk.add_user (a director adds a person's login)", statements: [
      addUserFunction,
      "REVOKE ALL ON FUNCTION desk.add_user(text, text, boolean) FROM PUBLIC",
      "GRANT EXECUTE ON FUNCTION desk.add_user(text, text, boolean) TO \(unescaped: DeskRoles.directors)",
    ]),
  ])

  /// Run for a manager's login in `desk.append`: an absence is set by the person away
  /// themself (a director may set anyone's), and work marked as done in cover is the
  /// login's own. Events are objects keyed by their kind, their one value under "_0".
  static let ownAbsenceOnly = """

        SELECT string_agg(DISTINCT made.what, '; ') INTO refused
          FROM unnest(bodies) AS r(body)
          CROSS JOIN LATERAL json_array_elements(
            CASE WHEN json_typeof(r.body::json -> 'events') = 'array' THEN r.body::json -> 'events' ELSE '[]'::json END) AS e(event)
          CROSS JOIN LATERAL (
            SELECT 'set someone else''s absence' AS what
              WHERE json_typeof(e.event) = 'object' AND e.event -> 'absenceSet' IS NOT NULL
                AND (e.event -> 'absenceSet' -> '_0' ->> 'person' IS DISTINCT FROM session_user::text
                  OR e.event -> 'absenceSet' -> '_0' ->> 'by' IS DISTINCT FROM session_user::text)
            UNION ALL
            SELECT 'mark work in cover as someone else''s'
              WHERE json_typeof(e.event) = 'object' AND e.event -> 'doneInCover' IS NOT NULL
                AND e.event -> 'doneInCover' -> '_0' ->> 'by' IS DISTINCT FROM session_user::text
          ) AS made;
        IF refused IS NOT NULL THEN
          RAISE EXCEPTION 'only a director may %', refused
            USING ERRCODE = '42501', HINT = 'Ask a director of the branch to make this change.';
        END IF;
  """

  /// Creates `new_login` with the SCRAM verifier of its password (made by the client, so no
  /// password reaches the server or its logs), in the managers' group, and the directors'
  /// when `director`. A login already on the server keeps its password and only joins the
  /// group(s): `created` says which. A superuser, or a role nobody logs in as, is refused.
  static let addUserFunction: PostgresQuery = """
    CREATE OR REPLACE FUNCTION desk.add_user(new_login text, verifier text, director boolean, OUT created boolean)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp
    AS $$
    BEGIN
      IF NOT pg_has_role(session_user, '\(unescaped: DeskRoles.directors)', 'MEMBER') THEN
        RAISE EXCEPTION 'only a director may add people'
          USING ERRCODE = '42501', HINT = 'Ask a director of the branch to make this change.';
      END IF;
      IF new_login IS NULL OR new_login !~ '^[a-z_][a-z0-9_]{0,62}$' OR new_login LIKE 'pg\\_%'
        OR new_login IN ('\(unescaped: DeskRoles.owner)', '\(unescaped: DeskRoles.managers)', '\(unescaped: DeskRoles.directors)', 'public') THEN
        RAISE EXCEPTION 'a login is lower-case letters, digits and _, starting with a letter (not %)', coalesce(new_login, 'nothing')
          USING ERRCODE = '22023';
      END IF;
      IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password arrives as its SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
      END IF;
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = new_login AND (rolsuper OR NOT rolcanlogin)) THEN
        RAISE EXCEPTION '% is a role on the server that is not a person''s login', new_login USING ERRCODE = '42501';
      END IF;
      created := NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = new_login);
      IF created THEN
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', new_login, verifier);
      END IF;
      EXECUTE format('GRANT %I TO %I', '\(unescaped: DeskRoles.managers)', new_login);
      IF director THEN
        EXECUTE format('GRANT %I TO %I', '\(unescaped: DeskRoles.directors)', new_login);
      END IF;
    END
    $$
    """
}
