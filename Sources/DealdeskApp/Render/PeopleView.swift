import DealdeskCore
import Foundation

/// The people of a team desk as a director reads them: who they are, their role, their own
/// limits (or the branch's) and quota.
enum PeopleView {
  /// `team users` and `people`: one line per person, directors first.
  static func list(_ desk: Desk) -> String {
    let people = desk.peopleInOrder
    guard !people.isEmpty else {
      return "Nobody is on record yet. A director adds people with: dealdesk --team URL team add-user LOGIN --name \"NAME\" --role manager"
    }
    let currency = desk.settings.currency
    var table = Table(["name", "login", "role", "discount", "terms", "quota"], align: [.left, .left, .left, .right, .left, .right])
    for person in people {
      let limits = desk.limits(of: person.login)
      let discount = Format.percent(limits.discount) + (person.discountLimit == nil ? " (branch)" : "")
      let terms = "net \(limits.paymentTermsDays)" + (person.paymentTermsLimitDays == nil ? " (branch)" : "")
      let quota = person.quota.map { "\(Format.money($0.amount)) \(currency)/\($0.per.rawValue)" } ?? "—"
      table.add([person.name, person.login, person.role.rawValue, discount, terms, quota])
    }
    return "People (\(people.count)): limits marked (branch) are the branch's\n" + table.render()
  }

  /// The reply to someone added, or to their quota set; a limit's change has its own line.
  static func confirm(_ event: Event, before: Desk, desk: Desk) -> String? {
    if case .accountAssigned(let id, let login) = event {
      let client = desk.clients[id]?.name ?? id
      let was = before.accountManager(of: id).map { " (it was \($0.name)'s)" } ?? ""
      guard let login else { return "\(client) is nobody's account now\(was)." }
      return "\(client) is now \(desk.people[login]?.name ?? login)'s account\(was)."
    }
    guard case .personSet(let person) = event else { return nil }
    guard let old = before.people[person.login] else {
      let limits = desk.limits(of: person.login)
      var text = "Added \(person.name) (\(person.login)) as a \(person.role.rawValue): discount up to \(Format.percent(limits.discount)), payment terms up to net \(limits.paymentTermsDays)"
      if let quota = person.quota { text += ", quota \(Format.money(quota.amount)) \(desk.settings.currency) a \(quota.per.rawValue)" }
      return text + "."
    }
    guard old.quota != person.quota else { return "" }
    guard let quota = person.quota else { return "\(person.name) has no quota now." }
    return "\(person.name)'s quota: \(Format.money(quota.amount)) \(desk.settings.currency) a \(quota.per.rawValue)."
  }
}
