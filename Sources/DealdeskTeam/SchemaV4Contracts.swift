import PostgresNIO

/// Schema version 4's readers of supply contracts. A signed contract in force is the client's
/// price list on the desk (StandingTerms.swift): an order at standing terms is priced at the
/// contract's price and takes its payment terms, and an offer may give its payment terms.
/// The limits check lets those through as the desk does, but only for a contract whose terms
/// were cleared: drafted by a director's login, drafted within the drafter's own limits
/// (with the largest client tier, as an accept is judged), or approved by a director's
/// `contractApproved` after its latest draft. Otherwise a manager in psql could draft a
/// contract at any price, sign it, and order at it. docs/team-desk.md.
///
/// A contract's fact (kind `contract`, keyed by its id) holds its client, lines, first and
/// last day, payment terms, status and whether it is cleared; each later event about it adds
/// a fact with its status or clearance changed, so undo and redo follow it as any other.
extension SchemaV4 {
  static let contractHelpers: [PostgresQuery] = [
    // The UTC day of a desk date ("2026-12-07T14:00:00Z"), as DeskDate.dayNumber counts
    // days; nil for anything else, so a malformed date never fails the append itself.
    """
    CREATE FUNCTION desk.day(moment text) RETURNS date LANGUAGE plpgsql IMMUTABLE
      AS $$ BEGIN
        RETURN (moment::timestamptz AT TIME ZONE 'UTC')::date;
      EXCEPTION WHEN others THEN
        RETURN NULL;
      END $$
    """,
    // Whether a contract's terms are within `login`'s own limits (their discount plus the
    // largest client tier on every line, their payment terms).
    """
    CREATE FUNCTION desk.contract_within(contract jsonb, login text) RETURNS boolean
      LANGUAGE plpgsql SET search_path = desk, pg_temp
    AS $$
    DECLARE
      person jsonb := desk.fact('person', login);
      policy jsonb := coalesce(desk.fact('policy', ''), '{}');
      own numeric := coalesce(desk.num(person -> 'discountLimit'), desk.num(policy -> 'discountLimit'), 10);
      own_days numeric := coalesce(desk.num(person -> 'paymentTermsLimitDays'), desk.num(policy -> 'paymentTermsLimitDays'), 60);
    BEGIN
      RETURN desk.days(contract) <= own_days AND NOT EXISTS (
        SELECT 1 FROM jsonb_array_elements(desk.array_of(contract -> 'lines')) l
         WHERE desk.most_off(l) > own + desk.client_grant(policy));
    END
    $$
    """,
    // The fact kept for a drafted contract (a `contractDrafted`'s value, or one of a pushed
    // desk's contracts), `author` the login that appended it.
    """
    CREATE FUNCTION desk.contract_fact(contract jsonb, author text, by_director boolean) RETURNS jsonb
      LANGUAGE plpgsql SET search_path = desk, pg_temp
    AS $$ BEGIN RETURN jsonb_build_object(
        'client', contract ->> 'clientId', 'lines', desk.array_of(contract -> 'lines'),
        'start', contract ->> 'start', 'end', contract ->> 'end',
        'paymentTerms', coalesce(contract -> 'paymentTerms', 'null'::jsonb), 'status', contract ->> 'status',
        'cleared', by_director OR desk.contract_within(contract, author));
      END $$
    """,
    // The client's cleared contracts signed and in force on `on_day` (the latest fact of each).
    """
    CREATE FUNCTION desk.contracts_in_force(of_client text, on_day date) RETURNS SETOF jsonb
      LANGUAGE plpgsql SET search_path = desk, pg_temp
    AS $$ BEGIN RETURN QUERY
        SELECT c.value FROM (
          SELECT DISTINCT ON (f.key) f.value FROM desk.terms_facts f
           WHERE f.kind = 'contract'
             AND NOT EXISTS (SELECT 1 FROM desk.undo_steps u WHERE u.position = f.position AND u.state IN ('undone', 'dropped'))
           ORDER BY f.key, f.position DESC, f.ordinal DESC) c
         WHERE c.value ->> 'client' = of_client COLLATE "default" AND c.value ->> 'status' = 'signed'
           AND c.value -> 'cleared' = 'true'::jsonb
           AND on_day BETWEEN desk.day(c.value ->> 'start') AND desk.day(c.value ->> 'end');
      END $$
    """,
    // The lowest net price a metre of `sku` may go at under the contracts (each priced by its
    // most specific line: the fabric's, its category's, everything's), or nil when none covers it.
    """
    CREATE FUNCTION desk.contract_net(contracts jsonb[], sku text, category text, list_price numeric) RETURNS numeric
      LANGUAGE plpgsql SET search_path = desk, pg_temp
    AS $$ BEGIN RETURN (
        SELECT min(coalesce(desk.num(l.line -> 'unitPrice'), list_price * (100 - desk.num(l.line -> 'discountPercent')) / 100))
          FROM unnest(contracts) c(value)
          CROSS JOIN LATERAL (
            SELECT x.line FROM jsonb_array_elements(desk.array_of(c.value -> 'lines')) WITH ORDINALITY x(line, i)
             WHERE x.line -> 'scope' -> 'product' ->> 'sku' = sku
                OR lower(x.line -> 'scope' -> 'category' ->> '_0') = lower(category)
                OR x.line -> 'scope' -> 'all' IS NOT NULL
             ORDER BY CASE WHEN x.line -> 'scope' -> 'product' ->> 'sku' = sku THEN 0
                           WHEN x.line -> 'scope' -> 'all' IS NULL THEN 1 ELSE 2 END, x.i
             LIMIT 1) l);
      END $$
    """,
  ]
}
