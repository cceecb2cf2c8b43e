import DealdeskCore
import DealdeskLanguage
import Foundation

/// `load sample data`: replays the embedded data/sample.desk on a scratch copy of the desk,
/// then commits everything as one step, so it either all loads or nothing does.
extension Session {
  public static var sampleDataScript: String {
    Data(base64Encoded: EmbeddedSampleData.base64).map { String(decoding: $0, as: UTF8.self) } ?? ""
  }

  func loadSampleData() -> Reply {
    // Loading twice would collide on every name; say so instead of failing on one line.
    if desk.products["LIN-220"] != nil { return .error("The sample data is already loaded.") }
    var scratch = desk
    var events: [Event] = []
    for (n, raw) in ScriptRunner.lines(of: Self.sampleDataScript).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let context = ParseContext(desk: scratch, names: NameIndex(desk: scratch), contextClient: nil, now: now)
      do {
        let understood = try Parser.parse(line, context: context)
        guard case .command(let command) = understood.intent else { continue }
        let lineEvents = try decide(command, desk: scratch, now: now)
        scratch.apply(lineEvents)
        events += lineEvents
      } catch let error as ParseError {
        return .error("Sample data, line \(n + 1): \(Render.error(error)) Nothing was loaded.")
      } catch let error as DeskError {
        return .error("Sample data, line \(n + 1): \(error) Nothing was loaded.")
      } catch {
        return .error("Sample data, line \(n + 1): \(error) Nothing was loaded.")
      }
    }
    do {
      try commit(events, line: "load sample data")
    } catch {
      return .error(error.message)
    }
    return Reply(
      "Loaded the sample data: \(scratch.products.count) fabrics in \(scratch.categories.count) categories, \(scratch.clients.count) clients, your discount limit \(Format.percent(scratch.settings.discountLimit)).\nTry: catalog · show Acme · offer Acme 10% on linen")
  }
}
