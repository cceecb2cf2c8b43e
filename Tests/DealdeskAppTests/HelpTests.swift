import DealdeskApp
import DealdeskLanguage
import Foundation
import Testing

/// `help` opens with the families on one 80 × 24 screen, `help FAMILY` lists a family's
/// commands and `help COMMAND` shows one with its examples (issue 22).
@Suite struct HelpTests {
  private func help(_ line: String) throws -> (text: String, isError: Bool) {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    let reply = session.handle(line)
    return (reply.text, reply.isError)
  }

  @Test func theOverviewFitsOneScreenAndNamesEveryFamily() throws {
    let overview = try help("help").text
    let lines = overview.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count <= 23, "\(lines.count) lines, with the prompt more than a 24-row screen:\n\(overview)")
    for line in lines { #expect(line.count <= 80, "wider than 80 columns: \(line)") }
    for key in ["clients", "offers", "orders", "calls", "reports", "practice", "desk"] {
      #expect(lines.contains { $0.hasPrefix("  \(key) ") }, "no family \(key):\n\(overview)")
    }
    #expect(overview.contains("help FAMILY"))
    #expect(overview.contains("help COMMAND"))
  }

  @Test func everyCommandIsOnItsFamilysPage() throws {
    for family in Grammar.families {
      let key = family == "The desk itself" ? "desk" : String(family.lowercased().split { $0 == " " || $0 == "," }[0])
      let page = try help("help \(key)")
      #expect(!page.isError)
      #expect(page.text.hasPrefix(family), "help \(key):\n\(page.text)")
      for line in page.text.split(separator: "\n") { #expect(line.count <= 80, "help \(key): wider than 80: \(line)") }
      // Words as they read, whatever line they were wrapped onto.
      let words = page.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      for spec in Grammar.commands where spec.family == family {
        let usage = spec.usage.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("\(spec.name): \(spec.summary)"), "help \(key) lacks \(spec.name)")
        #expect(words.contains(usage), "help \(key) lacks the usage of \(spec.name)")
      }
    }
  }

  @Test func aFamilyPageShowsUsageAndAnExampleOfEachCommand() throws {
    let page = try help("help offers").text
    #expect(page.hasPrefix("Offers and negotiation"))
    #expect(page.contains("  counter: "))
    #expect(page.contains("e.g. offer Acme 10% on fabric"))
    // Another word of a family's name that only it has opens it too.
    #expect(try help("help payments").text.hasPrefix("Orders and payments"))
  }

  @Test func aCommandPageHasItsExamplesAndItsFamily() throws {
    let page = try help("help counter").text
    #expect(page.hasPrefix("counter: "))
    #expect(page.contains("examples:"))
    #expect(page.contains("family: Offers and negotiation (help offers)"))
  }

  @Test(arguments: [
    ("help ofer", "Did you mean help offer, help offers"),
    ("help clents", "Did you mean help clients"),
    ("help negotiation", "Did you mean help offers, help practice?"),
    ("help negotiaton", "Did you mean help offers, help practice?"),
    ("help xyzzy", "There is no command or family \"xyzzy\". Type help for the families."),
  ])
  func anUnknownTopicSuggestsWhatItMayMean(line: String, expected: String) throws {
    let reply = try help(line)
    #expect(reply.isError)
    #expect(reply.text.contains(expected), "\(reply.text)")
  }
}
