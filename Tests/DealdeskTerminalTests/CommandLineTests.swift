import Foundation
import Testing

/// The command-line forms other tools rely on, run as the real binary without a terminal:
/// piped lines, `run`, `export json`, `explain`, `--help`.
@Suite(.serialized) struct CommandLineTests {
  @Test func pipedLinesPrintOnlyTheReplies() throws {
    let desk = try Desk()
    let result = try desk.run(["--data", desk.data.path], input: "add client Acme Textiles\nclients\n")
    #expect(result.status == 0)
    #expect(result.errors == "")
    #expect(result.output.hasPrefix("Added client Acme Textiles (CL-1).\nClients (1)\n"))
    #expect(!result.output.contains("dealdesk>"), "no prompt when not a terminal")
  }

  @Test func aFailingPipedLineMakesTheExitStatusNonZeroButTheRestStillRuns() throws {
    let desk = try Desk()
    let result = try desk.run(["--data", desk.data.path], input: "add client Acme\nofer Acme 10%\nadd client Bora\n")
    #expect(result.status == 1)
    // The one clear reading is offered, never run: a pipe runs no guess.
    #expect(result.errors == "line 2: I don't know the command \"ofer\". Did you mean: offer Acme 10%?\n")
    #expect(result.output == "Added client Acme (CL-1).\nAdded client Bora (CL-2).\n")
  }

  @Test func runStopsAtTheFirstErrorWithFileAndLine() throws {
    let desk = try Desk()
    let script = try desk.file("morning.desk", "# a comment\n@now 2026-11-30 09:00\n\nadd client Acme\noffer Nobody 5% on everything\nadd client Bora\n")
    let result = try desk.run(["--data", desk.data.path, "run", script])
    #expect(result.status == 1)
    #expect(result.output == "Added client Acme (CL-1).\n")
    #expect(result.errors.hasPrefix("\(script):5: I don't know \"Nobody\" here."))
    let export = try desk.exportJSON()
    #expect(export.contains("\"Acme\"") && !export.contains("\"Bora\""))
  }

  @Test func runWithKeepGoingGoesOnAndStillFails() throws {
    let desk = try Desk()
    let script = try desk.file("batch.desk", "add client Acme\nfrobnicate\nadd client Bora\n")
    let result = try desk.run(["--data", desk.data.path, "run", "--keep-going", script])
    #expect(result.status == 1)
    #expect(result.output == "Added client Acme (CL-1).\nAdded client Bora (CL-2).\n")
    #expect(result.errors.contains("\(script):2:"))
  }

  @Test func runRefusesWhatIsNotAScript() throws {
    let desk = try Desk()
    let binary = try desk.file("binary.desk", "add client \u{0}Acme\n")
    for (path, message) in [(binary, "is not a text script"), (desk.data.path, "is a folder"), ("/nonexistent.desk", "no such file")] {
      let result = try desk.run(["--data", desk.data.path, "run", path])
      #expect(result.status == 1)
      #expect(result.errors.contains(message), "\(path): \(result.errors)")
    }
  }

  @Test func exportJSONWritesToAFileOrStandardOutput() throws {
    let desk = try Desk()
    _ = try desk.run(["--data", desk.data.path], input: "load sample data\n")
    let stdout = try desk.exportJSON()
    #expect(stdout.hasPrefix("{\n  \"format\": \"dealdesk-export\",\n  \"version\": 2,"))
    let target = try desk.file("backup.json", "")
    try FileManager.default.removeItem(atPath: target)  // a file already there is kept (OutputFileCommandTests)
    let result = try desk.run(["--data", desk.data.path, "export", "json", target])
    #expect(result.status == 0)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == stdout)
    let wrong = try desk.run(["--data", desk.data.path, "export", "xml"])
    #expect(wrong.status != 0)
    #expect(wrong.errors.contains("The desk exports json"))
  }

  @Test func exportCSVWritesOneListToAFileOrStandardOutput() throws {
    let desk = try Desk()
    _ = try desk.run(["--data", desk.data.path], input: "load sample data\n")
    let stdout = try desk.run(["--data", desk.data.path, "export", "csv", "clients"])
    #expect(stdout.status == 0)
    #expect(stdout.output.hasPrefix("id,name,status,city,phone,email,paymentTerms,creditLimit,reliability,tags,addedAt,aliases,taxNumber,billingAddress,vat\nCL-1,Acme Textiles,"))
    let target = try desk.file("requests.csv", "")
    try FileManager.default.removeItem(atPath: target)
    let written = try desk.run(["--data", desk.data.path, "export", "csv", "stock-requests", target])
    #expect(written.status == 0)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "id,sku,meters,receivedMeters,source,status,requestedAt,neededBy\n")
    let noList = try desk.run(["--data", desk.data.path, "export", "csv"])
    #expect(noList.status != 0 && noList.errors.contains("Export which list as CSV?"))
    let unknown = try desk.run(["--data", desk.data.path, "export", "csv", "widgets"])
    #expect(unknown.status != 0 && unknown.errors.contains("Lists: clients, products, offers"))
  }

  @Test func explainShowsTheReadingAndChangesNothing() throws {
    let desk = try Desk()
    _ = try desk.run(["--data", desk.data.path], input: "load sample data\n")
    let before = try desk.exportJSON()
    let result = try desk.run(["--data", desk.data.path, "explain", "offer acme ten percent on linen, net 45"])
    #expect(result.status == 0)
    #expect(result.output.contains("action: offer\n  client: Acme Textiles\n"))
    #expect(result.output.contains("payment: net 45"))
    #expect(try desk.exportJSON() == before)
  }

  @Test func helpListsEveryForm() throws {
    let desk = try Desk()
    let result = try desk.run(["--help"])
    #expect(result.status == 0)
    for form in ["run", "export", "explain", "--data"] { #expect(result.output.contains(form), "\(form)") }
  }

  @Test func theDeskFolderComesFromTheEnvironmentWhenNotGiven() throws {
    let desk = try Desk()
    let elsewhere = desk.data.appendingPathComponent("from-env")
    _ = try desk.run([], input: "add client Acme\n", environment: ["DEALDESK_DATA": elsewhere.path])
    #expect(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("journal.jsonl").path))
  }
}
