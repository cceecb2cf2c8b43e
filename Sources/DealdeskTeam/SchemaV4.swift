import PostgresNIO

/// Schema version 4: a manager's login cannot commit terms beyond their own limits, from any
/// client, psql included. `desk.append` refuses, from a login not in `directors`, an
/// `offerAccepted` whose offer's terms as they stand take more off list than the person's own
/// discount limit plus what the policy's tiers could add, or give longer payment terms than
/// their own, unless a director's approval of exactly those terms stands; and an
/// `orderPlaced` whose net prices or payment terms go beyond what the policy's tiers, the
/// client's accepted offers and a cleared contract of theirs in force give
/// (SchemaV4Contracts.swift). A trade bonus's and a contract's approval become a director's
/// changes. docs/team-desk.md ("Limits the database holds").
///
/// What the check reads is kept as the records arrive, in `desk.terms_facts` (the policy,
/// each person, each offer's current terms, its director's approval, the client's accepted
/// terms, each product's list price), written by `desk.take_in` under the head row, so a
/// check sees the desk exactly at `expected` and the batch's own earlier events. Undo and
/// redo are followed in `desk.undo_steps` as the desk's history follows them. Reading the
/// events table instead would mean parsing every record about an offer on each accept (the
/// bodies are `json`, which cannot be indexed inside) and replaying undo; the facts cost one
/// small insert per record and per fact-bearing event.
///
/// The database's bound is the desk's rule at its widest: it counts the largest client tier
/// the policy has (the desk judges the client's actual tier from its sales, which the
/// database does not total), and no margin floor (costs are the desk's). So it never refuses
/// what the desk allows; it refuses what no desk would have let through.
enum SchemaV4 {
  static let migration = Migration(version: 4, steps: [
    .init(made: "a trade bonus's and a contract's approval as a director's changes (desk.director_only)", statements: [
      """
      INSERT INTO desk.director_only (event, what) VALUES
        ('bonusApproved', 'approve a trade bonus'),
        ('contractApproved', 'approve a contract')
      """
    ]),
    .init(made: "table desk.undo_steps (which records stand, as undo and redo leave them)", statements: [
      """
      CREATE TABLE desk.undo_steps (
        position bigint PRIMARY KEY,
        state text NOT NULL CHECK (state IN ('done', 'kept', 'undone', 'dropped'))
      )
      """,
      "CREATE INDEX undo_steps_done ON desk.undo_steps (position) WHERE state = 'done'",
      "CREATE INDEX undo_steps_undone ON desk.undo_steps (position) WHERE state = 'undone'",
      // What a fact's standing is looked up in: without it a check's generic plan read the whole table.
      "CREATE INDEX undo_steps_taken_back ON desk.undo_steps (position) WHERE state IN ('undone', 'dropped')",
    ]),
    .init(made: "table desk.terms_facts (the policy, people, offers' terms, approvals and list prices the limits check reads)", statements: [
      """
      CREATE TABLE desk.terms_facts (
        kind text NOT NULL,
        key text NOT NULL,
        position bigint NOT NULL,
        ordinal integer NOT NULL,
        value jsonb NOT NULL,
        PRIMARY KEY (kind, key, position, ordinal)
      )
      """,
    ]),
    .init(made: "functions desk.take_in, desk.accept_refusal and desk.order_refusal (a manager's terms against their own limits)", statements: helpers + contractHelpers + [
      acceptRefusal, orderRefusal, takeIn,
      // New functions are EXECUTE for PUBLIC; these are the owner's, called by desk.append.
      // The managers' grants on append and put_snapshot, and the directors' on add_user, stay.
      "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA desk FROM PUBLIC",
    ]),
    .init(made: "function desk.append, version 4 (refuses a manager's terms beyond their own limits)", statements: [
      SchemaV2.appendFunction(managersChecks: SchemaV3.ownAbsenceOnly, underHead: """

            PERFORM desk.take_in(seen, session_user::text COLLATE "default", bodies, NOT pg_has_role(session_user, '\(DeskRoles.directors)', 'MEMBER'));
        """)
    ]),
    .init(made: "what the desk already holds, taken into desk.terms_facts", statements: [
      """
      DO $$
      DECLARE
        r record;
      BEGIN
        FOR r IN SELECT e.position, e.author, e.body::text AS body FROM desk.events e ORDER BY e.position LOOP
          PERFORM desk.take_in(r.position - 1, r.author, ARRAY[r.body], false);
        END LOOP;
      END
      $$
      """
    ]),
  ])

  /// Small readers: a JSON number (nil for anything else), a value as `jsonb` (the bodies
  /// are `json`, which may hold `\\u0000`, which `jsonb` cannot), the days of credit of terms
  /// (0 for prepayment or cash on delivery, as `PaymentTerms.days`), what the policy's tiers
  /// add, and the latest standing fact of a kind. Those that read a table or a list are
  /// plpgsql, whose plans a session keeps: as SQL functions each call was planned again,
  /// which made an accept's check cost 20 ms.
  static let helpers: [PostgresQuery] = [
    """
    CREATE FUNCTION desk.num(j jsonb) RETURNS numeric LANGUAGE sql IMMUTABLE
      AS $$ SELECT CASE WHEN jsonb_typeof(j) = 'number' THEN (j #>> '{}')::numeric END $$
    """,
    """
    CREATE FUNCTION desk.jsonb_of(j json) RETURNS jsonb LANGUAGE sql IMMUTABLE
      AS $$ SELECT replace(j::text, '\\u0000', '\\ufffd')::jsonb $$
    """,
    """
    CREATE FUNCTION desk.days(terms jsonb) RETURNS numeric LANGUAGE sql IMMUTABLE
      AS $$ SELECT coalesce(desk.num(terms -> 'paymentTerms' -> 'net' -> 'days'), 0) $$
    """,
    """
    CREATE FUNCTION desk.array_of(j jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE
      AS $$ SELECT CASE WHEN jsonb_typeof(j) = 'array' THEN j ELSE '[]'::jsonb END $$
    """,
    // The volume tier a quantity reaches (under graduated tiers the blend is at most that).
    """
    CREATE FUNCTION desk.volume_grant(policy jsonb, meters numeric) RETURNS numeric LANGUAGE plpgsql IMMUTABLE
      AS $$ BEGIN RETURN (
        SELECT coalesce(max(desk.num(t -> 'percent')), 0)
          FROM jsonb_array_elements(desk.array_of(policy -> 'volumeTiers')) t
         WHERE meters > 0 AND desk.num(t -> 'fromMeters') <= meters);
      END $$
    """,
    // The largest client tier: the database does not total a client's sales.
    """
    CREATE FUNCTION desk.client_grant(policy jsonb) RETURNS numeric LANGUAGE plpgsql IMMUTABLE
      AS $$ BEGIN RETURN (SELECT coalesce(max(desk.num(t -> 'percent')), 0) FROM jsonb_array_elements(desk.array_of(policy -> 'clientTiers')) t); END $$
    """,
    """
    CREATE FUNCTION desk.fact(of_kind text, of_key text) RETURNS jsonb LANGUAGE plpgsql SET search_path = desk, pg_temp
      AS $$ BEGIN RETURN (
        -- A login arrives as session_user, of type name, whose collation is "C": compared
        -- in it, the keys' index (in the database's collation) went unused.
        SELECT f.value FROM desk.terms_facts f
         WHERE f.kind = of_kind COLLATE "default" AND f.key = of_key COLLATE "default"
           AND NOT EXISTS (SELECT 1 FROM desk.undo_steps u WHERE u.position = f.position AND u.state IN ('undone', 'dropped'))
         ORDER BY f.position DESC, f.ordinal DESC
         LIMIT 1);
      END $$
    """,
    // The most an offer line takes off a list price, in percent: its discount, or for a net
    // price the share below the dearest list price the line covers.
    """
    CREATE FUNCTION desk.most_off(line jsonb) RETURNS numeric LANGUAGE plpgsql SET search_path = desk, pg_temp
      AS $$ BEGIN RETURN (
        SELECT CASE
          WHEN desk.num(line -> 'discountPercent') IS NOT NULL THEN desk.num(line -> 'discountPercent')
          WHEN desk.num(line -> 'unitPrice') IS NOT NULL THEN coalesce((
            SELECT max((p.list - desk.num(line -> 'unitPrice')) * 100 / p.list)
              FROM (SELECT DISTINCT ON (f.key) desk.num(f.value -> 'listPrice') AS list, f.value ->> 'category' AS category
                      FROM desk.terms_facts f
                     WHERE f.kind = 'product'
                       AND (line -> 'scope' -> 'product' ->> 'sku' IS NULL OR f.key = line -> 'scope' -> 'product' ->> 'sku')
                       AND NOT EXISTS (SELECT 1 FROM desk.undo_steps u WHERE u.position = f.position AND u.state IN ('undone', 'dropped'))
                     ORDER BY f.key, f.position DESC, f.ordinal DESC) p
             WHERE p.list > 0
               AND (line -> 'scope' -> 'category' ->> '_0' IS NULL OR lower(p.category) = lower(line -> 'scope' -> 'category' ->> '_0'))), 0)
          ELSE 0
        END);
      END $$
    """,
  ]

  /// Why accepting `offer_id` on `on_day` is beyond `login`'s own limits, or nil: its current
  /// terms against their discount limit (their own, else the branch's) plus the tiers, and
  /// their payment-terms limit, or a longer one a cleared contract of the client in force
  /// that day gives (as the desk's review, Review.swift); a director's approval of exactly
  /// these terms clears them.
  static let acceptRefusal: PostgresQuery = """
    CREATE FUNCTION desk.accept_refusal(offer_id text, login text, on_day date) RETURNS text
      LANGUAGE plpgsql SET search_path = desk, pg_temp
    AS $$
    DECLARE
      offer jsonb := desk.fact('offer', offer_id);
      terms jsonb := offer -> 'terms';
      person jsonb := desk.fact('person', login);
      policy jsonb := coalesce(desk.fact('policy', ''), '{}');
      own numeric;
      own_days numeric;
      tiers numeric;
      line jsonb;
      taken numeric;
      worst numeric;
      beyond text[] := '{}';
    BEGIN
      IF terms IS NULL OR desk.fact('approval', offer_id) = terms THEN
        RETURN NULL;
      END IF;
      own := coalesce(desk.num(person -> 'discountLimit'), desk.num(policy -> 'discountLimit'), 10);
      own_days := coalesce(desk.num(person -> 'paymentTermsLimitDays'), desk.num(policy -> 'paymentTermsLimitDays'), 60);
      own_days := greatest(own_days, (SELECT max(desk.days(c)) FROM desk.contracts_in_force(offer ->> 'client', on_day) c));
      tiers := desk.client_grant(policy);
      FOR line IN SELECT jsonb_array_elements(desk.array_of(terms -> 'lines')) LOOP
        taken := desk.most_off(line);
        IF taken > own + desk.volume_grant(policy, desk.num(line -> 'meters')) + tiers THEN
          worst := greatest(worst, taken);
        END IF;
      END LOOP;
      IF worst IS NOT NULL THEN
        beyond := beyond || format('%s%% off is over your %s%%%s', trim_scale(round(worst, 2)), trim_scale(own),
          CASE WHEN jsonb_array_length(desk.array_of(policy -> 'volumeTiers')) + jsonb_array_length(desk.array_of(policy -> 'clientTiers')) > 0
            THEN ' and what the policy''s tiers add' ELSE '' END);
      END IF;
      IF desk.days(terms) > own_days THEN
        beyond := beyond || format('net %s is longer than your net %s', desk.days(terms), own_days);
      END IF;
      IF cardinality(beyond) = 0 THEN
        RETURN NULL;
      END IF;
      RETURN format('accepting %s, %s, and no director approved these exact terms', offer_id, array_to_string(beyond, '; '));
    END
    $$
    """

  /// Why placing `placed` (an order) is beyond `login`'s own limits, or nil. An order is
  /// priced at the client's accepted offers, at a cleared contract of the client's in force
  /// on the order's day, or at what the policy's tiers give at its quantities, never at the
  /// manager's own discount: each net price may go as far below list as the best of those
  /// (a cent of rounding aside), and its payment terms as long as the person's own limit, an
  /// accepted offer's or such a contract's.
  static let orderRefusal: PostgresQuery = """
    CREATE FUNCTION desk.order_refusal(placed jsonb, login text) RETURNS text
      LANGUAGE plpgsql SET search_path = desk, pg_temp
    AS $$
    DECLARE
      client text := placed ->> 'clientId';
      lines jsonb := desk.array_of(placed -> 'lines');
      person jsonb := desk.fact('person', login);
      policy jsonb := coalesce(desk.fact('policy', ''), '{}');
      own_days numeric;
      tiers numeric := desk.client_grant(policy);
      agreed numeric;
      agreed_days numeric;
      contracts jsonb[] := ARRAY(SELECT desk.contracts_in_force(client, desk.day(placed ->> 'createdAt')));
      contracted numeric;
      line jsonb;
      list_price numeric;
      net numeric;
      allowed numeric;
      beyond text[] := '{}';
    BEGIN
      own_days := coalesce(desk.num(person -> 'paymentTermsLimitDays'), desk.num(policy -> 'paymentTermsLimitDays'), 60);
      SELECT coalesce(max(desk.most_off(l)), 0), coalesce(max(desk.days(a.value -> 'terms')), 0) INTO agreed, agreed_days
        FROM desk.terms_facts a
        LEFT JOIN LATERAL jsonb_array_elements(desk.array_of(a.value -> 'terms' -> 'lines')) l ON true
       WHERE a.kind = 'accepted' AND a.key = client COLLATE "default"
         AND NOT EXISTS (SELECT 1 FROM desk.undo_steps u WHERE u.position = a.position AND u.state IN ('undone', 'dropped'));
      FOR line IN SELECT jsonb_array_elements(lines) LOOP
        net := desk.num(line -> 'unitPrice');
        list_price := coalesce(desk.num(desk.fact('product', line ->> 'sku') -> 'listPrice'), desk.num(line -> 'listPrice'));
        CONTINUE WHEN net IS NULL OR list_price IS NULL OR list_price <= 0;
        allowed := greatest(agreed, tiers + desk.volume_grant(policy,
          (SELECT sum(desk.num(m -> 'meters')) FROM jsonb_array_elements(lines) m WHERE m ->> 'sku' = line ->> 'sku')));
        contracted := desk.contract_net(contracts, line ->> 'sku', desk.fact('product', line ->> 'sku') ->> 'category', list_price);
        IF net < list_price * (100 - allowed) / 100 - 0.01 AND (contracted IS NULL OR net < contracted - 0.01) THEN
          beyond := beyond || format('%s at %s is %s%% off its list %s, more than the policy''s tiers and the client''s accepted offers give (%s%%)%s',
            line ->> 'sku', trim_scale(net), trim_scale(round((list_price - net) * 100 / list_price, 1)), trim_scale(list_price), trim_scale(round(allowed, 2)),
            CASE WHEN contracted IS NOT NULL THEN format(' and below its contract price %s', trim_scale(round(contracted, 2))) ELSE '' END);
        END IF;
      END LOOP;
      IF desk.days(placed) > greatest(own_days, agreed_days, (SELECT max(desk.days(c)) FROM unnest(contracts) c)) THEN
        beyond := beyond || format('net %s is longer than your net %s', desk.days(placed), own_days);
      END IF;
      IF cardinality(beyond) = 0 THEN
        RETURN NULL;
      END IF;
      RETURN format('placing %s, %s', coalesce(placed ->> 'id', 'an order'), array_to_string(beyond, '; '));
    END
    $$
    """

  /// Takes a batch of records in, in order, from position `after_position + 1`: keeps what the limits
  /// check reads, follows undo and redo, and, when `judge` (a manager's login), refuses the
  /// whole batch at the first accept or order beyond `author`'s own limits. Approvals count
  /// only from a director's login (since version 2 no other may append one; before it, one
  /// may have). A `start` record begins the facts again from its desk.
  static let takeIn: PostgresQuery = """
    CREATE FUNCTION desk.take_in(after_position bigint, author text, bodies text[], judge boolean) RETURNS void
      LANGUAGE plpgsql SET search_path = desk, pg_temp
    AS $$
    DECLARE
      by_director boolean := EXISTS (
        SELECT 1 FROM pg_roles r WHERE r.rolname = author AND pg_has_role(r.oid, '\(unescaped: DeskRoles.directors)', 'MEMBER'));
      pos bigint;
      rec json;
      started json;
      ev json;
      ev_kind text;
      v json;
      n integer;
      offer jsonb;
      refusal text;
    BEGIN
      FOR i IN 1 .. coalesce(array_length(bodies, 1), 0) LOOP
        pos := after_position + i;
        rec := bodies[i]::json;
        IF json_typeof(rec) <> 'object' THEN
          CONTINUE;
        END IF;
        -- As the desk's history: undo takes back the last step done, redo the last undone,
        -- and a new step drops what was undone; a hundred steps are kept (UndoHistory.depth).
        -- A manager takes back or does again only their own change, as the desk allows
        -- (TeamUndo): else undoing a director's cut of their limit would raise it.
        IF rec ->> 'kind' = 'undo' THEN
          IF judge AND EXISTS (SELECT 1 FROM desk.events e
               WHERE e.position = (SELECT max(s.position) FROM desk.undo_steps s WHERE s.state = 'done') AND e.author <> take_in.author) THEN
            RAISE EXCEPTION 'undo takes back only your own change, and the desk''s last change is someone else''s' USING ERRCODE = '42501';
          END IF;
          UPDATE desk.undo_steps SET state = 'undone'
           WHERE position = (SELECT max(s.position) FROM desk.undo_steps s WHERE s.state = 'done');
          CONTINUE;
        ELSIF rec ->> 'kind' = 'redo' THEN
          IF judge AND EXISTS (SELECT 1 FROM desk.events e
               WHERE e.position = (SELECT min(s.position) FROM desk.undo_steps s WHERE s.state = 'undone') AND e.author <> take_in.author) THEN
            RAISE EXCEPTION 'redo does again only your own change, and the last change undone is someone else''s' USING ERRCODE = '42501';
          END IF;
          UPDATE desk.undo_steps SET state = 'done'
           WHERE position = (SELECT min(s.position) FROM desk.undo_steps s WHERE s.state = 'undone');
          CONTINUE;
        ELSIF rec ->> 'kind' = 'start' THEN
          UPDATE desk.undo_steps SET state = CASE state WHEN 'done' THEN 'kept' ELSE 'dropped' END WHERE state IN ('done', 'undone');
          INSERT INTO desk.undo_steps (position, state) VALUES (pos, 'kept');
          DELETE FROM desk.terms_facts;
          started := CASE WHEN json_typeof(rec -> 'desk') = 'object' THEN rec -> 'desk' END;
          INSERT INTO desk.terms_facts (kind, key, position, ordinal, value)
            SELECT 'policy', '', pos, 0, desk.jsonb_of(started -> 'settings') WHERE json_typeof(started -> 'settings') = 'object';
          INSERT INTO desk.terms_facts (kind, key, position, ordinal, value)
            SELECT 'person', p.key, pos, 0, desk.jsonb_of(p.value)
              FROM json_each(CASE WHEN json_typeof(started -> 'authorityLog' -> 'people') = 'object' THEN started -> 'authorityLog' -> 'people' END) p
             WHERE json_typeof(p.value) = 'object';
          INSERT INTO desk.terms_facts (kind, key, position, ordinal, value)
            SELECT 'product', p.key, pos, 0, jsonb_build_object('listPrice', desk.jsonb_of(p.value -> 'listPrice'), 'category', p.value ->> 'category')
              FROM json_each(CASE WHEN json_typeof(started -> 'products') = 'object' THEN started -> 'products' END) p
             WHERE json_typeof(p.value) = 'object';
          INSERT INTO desk.terms_facts (kind, key, position, ordinal, value)
            SELECT f.kind, f.key, pos, row_number() OVER (), f.value
              FROM json_each(CASE WHEN json_typeof(started -> 'offers') = 'object' THEN started -> 'offers' END) o
              CROSS JOIN LATERAL (
                SELECT 'offer' AS kind, o.key, jsonb_build_object('client', o.value ->> 'clientId', 'terms', desk.jsonb_of(o.value -> 'rounds' -> -1 -> 'terms')) AS value
                 WHERE json_typeof(o.value -> 'rounds' -> -1 -> 'terms') = 'object'
                UNION ALL
                SELECT 'accepted', o.value ->> 'clientId', jsonb_build_object('offer', o.key, 'terms', desk.jsonb_of(o.value -> 'rounds' -> -1 -> 'terms'))
                 WHERE o.value ->> 'status' = 'accepted' AND o.value ->> 'clientId' IS NOT NULL AND json_typeof(o.value -> 'rounds' -> -1 -> 'terms') = 'object'
                UNION ALL
                SELECT 'approval', o.key, desk.jsonb_of(o.value -> 'approval' -> 'terms')
                 WHERE by_director AND json_typeof(o.value -> 'approval' -> 'terms') = 'object'
              ) f
             WHERE json_typeof(o.value) = 'object';
          INSERT INTO desk.terms_facts (kind, key, position, ordinal, value)
            SELECT 'contract', c.key, pos, 0, desk.contract_fact(desk.jsonb_of(c.value), author, by_director)
              FROM json_each(CASE WHEN json_typeof(started -> 'contractBook' -> 'contracts') = 'object' THEN started -> 'contractBook' -> 'contracts' END) c
             WHERE json_typeof(c.value) = 'object';
          CONTINUE;
        END IF;
        UPDATE desk.undo_steps SET state = 'dropped' WHERE state = 'undone';
        INSERT INTO desk.undo_steps (position, state) VALUES (pos, 'done');
        UPDATE desk.undo_steps SET state = 'kept'
         WHERE position = (SELECT s.position FROM desk.undo_steps s WHERE s.state = 'done' ORDER BY s.position DESC OFFSET 100 LIMIT 1);
        n := 0;
        FOR ev IN SELECT e FROM json_array_elements(CASE WHEN json_typeof(rec -> 'events') = 'array' THEN rec -> 'events' ELSE '[]'::json END) e LOOP
          n := n + 1;
          CONTINUE WHEN json_typeof(ev) <> 'object';
          FOR ev_kind, v IN SELECT k, ev -> k FROM json_object_keys(ev) k LOOP
            CASE ev_kind
            WHEN 'settingsChanged' THEN
              INSERT INTO desk.terms_facts SELECT 'policy', '', pos, n, desk.jsonb_of(v -> '_0') WHERE json_typeof(v -> '_0') = 'object';
            WHEN 'personSet' THEN
              INSERT INTO desk.terms_facts SELECT 'person', v -> '_0' ->> 'login', pos, n, desk.jsonb_of(v -> '_0')
               WHERE json_typeof(v -> '_0') = 'object' AND v -> '_0' ->> 'login' IS NOT NULL;
            WHEN 'productAdded' THEN
              INSERT INTO desk.terms_facts
                SELECT 'product', v -> '_0' ->> 'sku', pos, n,
                       jsonb_build_object('listPrice', desk.jsonb_of(v -> '_0' -> 'listPrice'), 'category', v -> '_0' ->> 'category')
                 WHERE v -> '_0' ->> 'sku' IS NOT NULL;
            WHEN 'offerMade' THEN
              INSERT INTO desk.terms_facts
                SELECT 'offer', v -> '_0' ->> 'id', pos, n,
                       jsonb_build_object('client', v -> '_0' ->> 'clientId', 'terms', desk.jsonb_of(v -> '_0' -> 'rounds' -> -1 -> 'terms'))
                 WHERE v -> '_0' ->> 'id' IS NOT NULL AND json_typeof(v -> '_0' -> 'rounds' -> -1 -> 'terms') = 'object';
            WHEN 'offerCountered' THEN
              INSERT INTO desk.terms_facts
                SELECT 'offer', v ->> 'offer', pos, n,
                       jsonb_build_object('client', desk.fact('offer', v ->> 'offer') ->> 'client', 'terms', desk.jsonb_of(v -> 'round' -> 'terms'))
                 WHERE v ->> 'offer' IS NOT NULL AND json_typeof(v -> 'round' -> 'terms') = 'object';
            WHEN 'offerApproved' THEN
              INSERT INTO desk.terms_facts SELECT 'approval', v ->> 'offer', pos, n, desk.jsonb_of(v -> 'approval' -> 'terms')
               WHERE by_director AND v ->> 'offer' IS NOT NULL AND json_typeof(v -> 'approval' -> 'terms') = 'object';
            WHEN 'offerAccepted' THEN
              IF judge THEN
                refusal := desk.accept_refusal(v ->> 'offer', author, desk.day(v ->> 'at'));
                IF refusal IS NOT NULL THEN
                  RAISE EXCEPTION 'not within your own limits: %', refusal USING ERRCODE = '42501',
                    HINT = format('Ask a director to approve %s as it stands (ask approval for %s: REASON), or counter within your limits.', v ->> 'offer', v ->> 'offer');
                END IF;
              END IF;
              offer := desk.fact('offer', v ->> 'offer');
              INSERT INTO desk.terms_facts SELECT 'accepted', offer ->> 'client', pos, n, jsonb_build_object('offer', v ->> 'offer', 'terms', offer -> 'terms')
               WHERE offer ->> 'client' IS NOT NULL AND offer -> 'terms' IS NOT NULL;
            WHEN 'orderPlaced' THEN
              IF judge AND json_typeof(v -> '_0') = 'object' THEN
                refusal := desk.order_refusal(desk.jsonb_of(v -> '_0'), author);
                IF refusal IS NOT NULL THEN
                  RAISE EXCEPTION 'not within your own limits: %', refusal USING ERRCODE = '42501',
                    HINT = 'Make an offer at these terms and ask a director to approve it (ask approval for O-n: REASON).';
                END IF;
              END IF;
            WHEN 'contractDrafted' THEN
              INSERT INTO desk.terms_facts SELECT 'contract', v -> '_0' ->> 'id', pos, n, desk.contract_fact(desk.jsonb_of(v -> '_0'), author, by_director)
               WHERE json_typeof(v -> '_0') = 'object' AND v -> '_0' ->> 'id' IS NOT NULL;
            WHEN 'contractApproved', 'contractSigned', 'contractTerminated' THEN
              -- The contract as it stands, cleared by a director's approval, or signed, or not in force.
              INSERT INTO desk.terms_facts
                SELECT 'contract', v ->> 'contract', pos, n, c.value || CASE ev_kind
                    WHEN 'contractApproved' THEN '{"cleared": true}'::jsonb
                    WHEN 'contractSigned' THEN '{"status": "signed"}'::jsonb
                    ELSE '{"status": "terminated"}'::jsonb END
                  FROM (SELECT desk.fact('contract', v ->> 'contract') AS value) c
                 WHERE c.value IS NOT NULL AND (ev_kind <> 'contractApproved' OR by_director);
            ELSE
              NULL;
            END CASE;
          END LOOP;
        END LOOP;
      END LOOP;
    END
    $$
    """
}
