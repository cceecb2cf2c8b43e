import DealdeskCore
import DealdeskLanguage
import Foundation

/// `load sample data`: replays the embedded data/sample.desk on a scratch copy of the desk,
/// then commits everything as one step, so it either all loads or nothing does.
///
/// On a desk that already holds the manager's own clients, fabrics or policy it loads only
/// when told to merge (`load sample data, merge`; at a terminal, a yes), and then it never
/// touches the policy: the manager's settings stay, and the reply names each one where the
/// sample's differs.
extension Session {
  public static var sampleDataScript: String {
    Data(base64Encoded: EmbeddedSampleData.base64).map { String(decoding: $0, as: UTF8.self) } ?? ""
  }

  func loadSampleData(merge: Bool) -> Reply {
    // Loading twice would collide on every name; say so instead of failing on one line.
    if desk.products["LIN-220"] != nil { return .error("The sample data is already loaded.") }
    let before = desk.settings
    let holdings = SamplePolicy.holdings(of: desk)
    if !holdings.isEmpty, !merge { return Self.askToMerge(holdings) }
    var scratch = desk
    // The policy the sample would set, followed apart from the records when merging.
    var samplePolicy = desk.settings
    var events: [Event] = []
    for (n, raw) in ScriptRunner.lines(of: Self.sampleDataScript).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let context = ParseContext(desk: scratch, names: NameIndex(desk: scratch), contextClient: nil, now: now)
      do {
        let understood = try Parser.parse(line, context: context)
        guard case .command(let command) = understood.intent else { continue }
        if merge, case .changeSettings = command {
          var policyDesk = scratch
          policyDesk.settings = samplePolicy
          policyDesk.apply(try decide(command, desk: policyDesk, now: now))
          samplePolicy = policyDesk.settings
          continue
        }
        // The sample's policy is given, not a limit the manager raised: no change is recorded.
        let lineEvents = try decide(command, desk: scratch, now: now).filter {
          if case .limitChanged = $0 { return false }
          return true
        }
        scratch.apply(lineEvents)
        events += lineEvents
      } catch let error as ParseError {
        return .error("Sample data, line \(n + 1): \(Render.error(error)) Nothing was loaded.")
      } catch let error as DeskError {
        return .error("Sample data, line \(n + 1): \(Render.error(error)) Nothing was loaded.")
      } catch {
        return .error("Sample data, line \(n + 1): \(error) Nothing was loaded.")
      }
    }
    do {
      try commit(events, line: merge ? "load sample data, merge" : "load sample data")
    } catch {
      return .error(error.message)
    }
    let tryLine = "Try: catalog · show Acme · offer Acme 10% on linen"
    guard merge else {
      // The desk held no policy of the manager's: the sample's is set, each setting said.
      let set = SamplePolicy.set(before: before, after: scratch.settings)
      let policy = set.isEmpty ? "" : "\nIts policy is now yours: \(set.joined(separator: "; "))."
      return Reply(
        "Loaded the sample data: \(scratch.products.count) fabrics in \(scratch.categories.count) categories, \(scratch.clients.count) clients.\(policy)\n\(tryLine)")
    }
    let kept = SamplePolicy.kept(yours: before, sample: samplePolicy)
    let policy =
      kept.isEmpty
      ? "Your policy is as it was (the sample's is the same)."
      : "Your policy is as it was: \(kept.joined(separator: "; "))."
    return Reply(
      "Merged the sample data into this desk: now \(desk.products.count) fabrics in \(desk.categories.count) categories, \(desk.clients.count) clients. \(policy)\n\(tryLine)")
  }

  /// On a desk in use the sample is mixed in only when the manager says so: a terminal asks,
  /// a pipe or a script is told what to type.
  private static func askToMerge(_ holdings: [String]) -> Reply {
    let held = "This desk already holds \(Format.and(holdings))."
    let what = "The sample's fabrics and clients would go in beside them; your policy would stay as it is."
    var reply = Reply.error(
      "\(held) \(what) To load it here anyway, type: load sample data, merge. "
        + "To try it apart from your own, open an empty desk (dealdesk --data FOLDER) and load it there.")
    reply.question = YesNoQuestion("\(held) \(what) Load it into this desk?", line: "load sample data, merge", declined: "Nothing was loaded.")
    return reply
  }
}
