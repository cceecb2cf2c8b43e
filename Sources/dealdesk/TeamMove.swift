import ArgumentParser
import DealdeskApp
import DealdeskCore
import DealdeskStore
import DealdeskTeam
import Foundation

/// `dealdesk --data DIR --team URL team push`: a manager's own desk becomes a new team desk.
struct TeamPush: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "push",
    abstract: "Move your own desk (--data DIR, else your usual one) into a new, empty team desk (--team URL).",
    usage: "dealdesk --data DIR --team URL team push",
    discussion: """
      Everything on the desk goes: clients, fabrics and lots, offers, orders, payments, \
      notes, follow-ups and the policy. The team desk is set up first when team init was not \
      run (that needs a login that may create roles). It is refused when the team desk \
      already holds anything. Your own desk is left as it is.
      """)

  @OptionGroup var options: DeskOptions

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let url = options.teamURL(environment) else {
      Output.err("Push into which team desk? dealdesk --data DIR --team URL team push")
      throw ExitCode.failure
    }
    var own = options
    own.team = nil
    own.readOnly = true
    guard let local = Output.openSession(own) else { throw ExitCode.failure }
    let desk = local.desk
    let from = local.location
    _ = local.close()
    guard desk != Desk() else {
      Output.err("The desk at \(from) is empty; there is nothing to push. Name the desk to move with --data DIR.")
      throw ExitCode.failure
    }
    do {
      let login = try TeamLogin.resolve(url, environment: environment)
      let report = try runBlocking { try await TeamDesk.initialise(login) }
      if report.outcome != .unchanged { Output.out(report.text) }
    } catch let error as TeamError {
      Output.err(error.message)
      throw ExitCode.failure
    }
    guard let team = Output.openSession(options) else { throw ExitCode.failure }
    defer { _ = team.close() }
    do {
      try team.start(from: desk, line: "team push from \(from)")
    } catch {
      Output.err(error.message)
      throw ExitCode.failure
    }
    Output.out(
      "Moved the desk at \(from) into the team desk \(team.location): \(DeskCounts(desk).text). "
        + "Your own desk there is unchanged; from now on, work on the team desk: dealdesk --team URL.")
  }
}

/// `dealdesk --team URL --data DIR team pull`: a read-only local copy of the team desk.
struct TeamPull: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pull",
    abstract: "Copy the team desk (--team URL) into a new folder (--data DIR) that opens read-only, offline.",
    usage: "dealdesk --team URL --data DIR team pull",
    discussion: """
      The copy is for looking when the server cannot be reached: it opens read-only, says \
      what it is a copy of and when, and is replaced by pulling again into the same folder. \
      A folder that holds a desk of its own is never written over.
      """)

  @OptionGroup var options: DeskOptions

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    guard options.teamURL(environment) != nil else {
      Output.err("Pull which team desk? dealdesk --team URL --data DIR team pull")
      throw ExitCode.failure
    }
    guard let data = options.data, !data.trimmingCharacters(in: .whitespaces).isEmpty else {
      Output.err("Name the folder for the copy: dealdesk --team URL --data DIR team pull")
      throw ExitCode.failure
    }
    var looking = options
    looking.readOnly = true
    guard let team = Output.openSession(looking) else { throw ExitCode.failure }
    let copy = PulledCopy(team: team.location, position: team.position, pulledAt: team.now)
    let desk = team.desk
    _ = team.close()
    let folder = URL(fileURLWithPath: data)
    do {
      try PulledCopy.write(desk, as: copy, to: folder)
    } catch {
      Output.err(error.message)
      throw ExitCode.failure
    }
    Output.out(
      "Copied the team desk \(copy.team) as it stands at change \(copy.position) into \(folder.path): \(DeskCounts(desk).text). "
        + "It opens read-only: dealdesk --data \(Output.shellWord(data)).")
  }
}

/// What a desk holds, in a few words, for saying what was moved.
struct DeskCounts {
  let text: String

  init(_ desk: Desk) {
    let parts: [(Int, String)] = [
      (desk.clients.count, "client"), (desk.products.count, "fabric"), (desk.offers.count, "offer"),
      (desk.orders.count, "order"), (desk.payments.count, "payment"), (desk.notes.count, "note"),
    ]
    text = parts.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: ", ")
  }
}
