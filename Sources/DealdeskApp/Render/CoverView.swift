import DealdeskCore
import Foundation

/// The replies to an absence set and to what was done in cover.
enum CoverView {
  static func confirm(_ event: Event, desk: Desk) -> String? {
    switch event {
    case .absenceSet(let away):
      let name = desk.people[away.person]?.name ?? away.person
      let cover = desk.people[away.cover]?.name ?? away.cover
      let accounts = desk.accounts(of: away.person).count
      return "\(name) is away \(DeskDate.day(away.from)) – \(DeskDate.day(away.to)), back the day after; \(cover) covers "
        + "\(Format.count(accounts)) account\(accounts == 1 ? "" : "s") on those days and gets the handover digest at their next start. "
        + "What \(cover.split(separator: " ").first.map(String.init) ?? cover) does for them is marked as done in cover."
    case .doneInCover(let mark):
      let client = desk.clients[mark.client]?.name ?? mark.client
      let absent = desk.people[mark.covering]?.name ?? mark.covering
      return "Done in cover for \(absent): \(client) is \(absent)'s account."
    default:
      return nil
    }
  }
}
