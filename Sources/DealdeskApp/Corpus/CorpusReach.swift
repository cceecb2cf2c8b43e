import Foundation

/// How much of a phrasing corpus the desk understands. A corpus is a TSV of
/// `family<TAB>line<TAB>reading` with a header row; each line is explained (changing nothing)
/// on a desk the caller has built, and counted understood or refused, family by family.
/// A row whose reading starts "refuse" or "ask back" is meant to be refused: it counts when
/// the desk refuses it, and a line the desk does not refuse is listed. Anything else counts
/// when the line is understood. "Understood" is not "understood right": the phrasing tables
/// assert readings; this measures reach on lines nobody wrote the grammar for. Read by `dealdesk-bench corpus` and by the
/// corpus test that keeps the development set's reach from falling back.
public struct CorpusReach: Sendable {
  public struct Family: Sendable {
    public var name: String
    public var understood = 0
    public var total = 0
  }

  public struct Refusal: Sendable {
    public var family: String
    public var line: String
    public var reply: String
  }

  public var families: [Family] = []
  public var refusals: [Refusal] = []
  public var understood: Int { families.map(\.understood).reduce(0, +) }
  public var total: Int { families.map(\.total).reduce(0, +) }

  /// Reads every row of `tsv` on `session`'s desk.
  public static func measure(tsv: String, on session: Session) -> CorpusReach {
    var reach = CorpusReach()
    var position: [String: Int] = [:]
    for row in tsv.split(separator: "\n").dropFirst() {
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 2, !fields[1].isEmpty else { continue }
      let (family, line) = (fields[0], fields[1])
      let meantToBeRefused = fields.count > 2 && (fields[2].hasPrefix("refuse") || fields[2].hasPrefix("ask back"))
      let at = position[family] ?? reach.families.count
      if at == reach.families.count {
        position[family] = at
        reach.families.append(Family(name: family))
      }
      let reply = session.handle("explain " + line)
      reach.families[at].total += 1
      if reply.isError == meantToBeRefused {
        reach.families[at].understood += 1
      } else {
        let said = reply.isError ? reply.text : "understood, though it should be refused: " + (fields.count > 2 ? fields[2] : "")
        reach.refusals.append(Refusal(family: family, line: line, reply: said))
      }
    }
    return reach
  }
}
