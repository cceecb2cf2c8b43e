import DealdeskCore
import DealdeskStore
import Foundation

/// `import clients from FILE.csv`: every row goes through the same rules as the typed
/// command, on a scratch copy of the desk, in file order. If any row is refused nothing is
/// imported; otherwise everything is one journal entry, so one `undo` takes it all back.
extension Session {
  func importCSV(list name: String, path: String) -> Reply {
    guard let list = ImportList.named(name) else {
      return .error("The desk imports clients and products from CSV, not \(name).\nTry: import clients from clients.csv")
    }
    let rows: [CSVReader.Row]
    switch read(csv: path) {
    case .failure(let problem): return .error(problem.message)
    case .success(let read): rows = read
    }
    guard let headerRow = rows.first else {
      return .error("\(path) is empty: there is nothing to import.\nIts first line should name the columns, e.g. name,city,phone")
    }
    let header = ImportHeader(headerRow.fields, fields: list.fields)
    let missing = header.missing(list.fields)
    if !missing.isEmpty {
      let found = header.found.isEmpty ? "none" : header.found.joined(separator: ", ")
      return .error(
        "\(path) has no \(missing.map(\.name).joined(separator: " or ")) column, which \(list.name) need. Columns found: \(found).\n"
          + "Add a header row naming the columns, e.g. \(list.fields.filter(\.required).map(\.name).joined(separator: ","))")
    }
    let data = rows.dropFirst()
    guard !data.isEmpty else { return .error("\(path) has a header row but no \(list.name) under it.") }

    var scratch = desk
    var events: [Event] = []
    var refusals: [String] = []
    var firstLine: [String: Int] = [:]
    for row in data {
      let importRow = ImportRow(line: row.line, cells: row.fields, header: header)
      do throws(ImportProblem) {
        let plan = try list.plan(importRow, scratch)
        for unique in plan.uniques where !unique.key.isEmpty {
          if let earlier = firstLine[unique.key] {
            throw ImportProblem("the same \(unique.shown) is already on line \(earlier) of this file.")
          }
        }
        let rowEvents = try decide(plan, on: scratch)
        for unique in plan.uniques where !unique.key.isEmpty { firstLine[unique.key] = row.line }
        scratch.apply(rowEvents)
        events += rowEvents
      } catch {
        refusals.append("\(path):\(row.line): \(error.message)")
      }
    }
    if !refusals.isEmpty {
      let taken = data.count - refusals.count
      return .error(
        "Nothing was imported: \(refusals.count) of \(data.count) rows \(refusals.count == 1 ? "was" : "were") refused.\n"
          + refusals.joined(separator: "\n")
          + "\nThe other \(list.count(taken)) would have been taken; fix the rows above and import again.")
    }
    do {
      try commit(events, line: "import \(list.name) from \(path)")
    } catch {
      return .error(error.message)
    }
    var reply = "Imported \(list.count(data.count)) from \(path)."
    if !header.ignored.isEmpty { reply += "\nIgnored columns: \(header.ignored.joined(separator: ", "))." }
    return Reply(reply + "\nOne undo takes the whole import back.")
  }

  /// The row's commands decided one after another on a copy of `desk`, the follow-ups
  /// getting the id the first one gave.
  private func decide(_ plan: ImportPlan, on desk: Desk) throws(ImportProblem) -> [Event] {
    do {
      var events = try DealdeskCore.decide(plan.first, desk: desk, now: now)
      // Only a row with follow-ups needs its own copy of the desk (a copy per row is slow
      // on a long file).
      guard !plan.then.isEmpty, let id = events.lazy.compactMap(\.addedId).first else { return events }
      var copy = desk
      copy.apply(events)
      for next in plan.then {
        let more = try DealdeskCore.decide(next(id), desk: copy, now: now)
        copy.apply(more)
        events += more
      }
      return events
    } catch {
      throw ImportProblem(Render.error(error))
    }
  }

  private func read(csv path: String) -> Result<[CSVReader.Row], ImportProblem> {
    switch ScriptRunner.readData(path, kind: "CSV file") {
    case .failure(let message): return .failure(ImportProblem(message))
    case .success(let data):
      switch CSVReader.parse(data) {
      case .success(let rows): return .success(rows)
      case .failure(.notUTF8):
        return .failure(ImportProblem("\(path) is not UTF-8 text; save it as CSV UTF-8 (in Excel: Save As › CSV UTF-8) and import again."))
      case .failure(.unclosedQuote(let line)):
        return .failure(ImportProblem("\(path):\(line): a quote opened here is never closed; check the quotes on that line."))
      }
    }
  }
}

extension ImportProblem: CustomStringConvertible {
  var description: String { message }
}

extension Event {
  /// The id of the client or product this event added.
  fileprivate var addedId: String? {
    switch self {
    case .clientAdded(let client): return client.id
    case .productAdded(let product): return product.sku
    default: return nil
    }
  }
}
