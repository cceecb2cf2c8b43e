import Foundation

// A manager's lists start from their own accounts (issue 19, item 5): their clients first,
// then nobody's, then other people's, each group in the order it had.

extension Desk {
  /// Whether lists read for `login` are ordered by account: on a team desk, for a person who
  /// keeps at least one client's account (a director with none reads the lists as they are).
  public func ordersByAccount(for login: String?) -> Bool {
    guard let login, people[login] != nil else { return false }
    return authorityLog?.accounts.values.contains(login) ?? false
  }

  /// 0: `login`'s own account; 1: nobody's; 2: another person's.
  public func accountRank(of client: String, for login: String) -> Int {
    guard let keeper = authorityLog?.accounts[client] else { return 1 }
    return keeper == login ? 0 : 2
  }

  /// `items` with `login`'s own accounts first, then nobody's, then others'; otherwise as
  /// given (a one-person desk, or no accounts yet).
  public func ownAccountsFirst<T>(_ items: [T], for login: String?, client: (T) -> String) -> [T] {
    guard let login, ordersByAccount(for: login) else { return items }
    let ranked = items.enumerated().map { (rank: accountRank(of: client($0.element), for: login), at: $0.offset, item: $0.element) }
    return ranked.sorted { ($0.rank, $0.at) < ($1.rank, $1.at) }.map(\.item)
  }

  /// How many of these clients are `login`'s own accounts.
  public func ownAccountCount(_ clients: [String], for login: String) -> Int {
    clients.filter { authorityLog?.accounts[$0] == login }.count
  }
}
