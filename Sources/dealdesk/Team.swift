import ArgumentParser
import DealdeskTeam
import Foundation

/// `dealdesk team …`: the team desk in PostgreSQL, a branch's managers on one desk.
struct Team: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The team desk: a branch's managers on one desk in PostgreSQL (team init URL sets it up).",
    subcommands: [TeamInit.self, TeamAddUser.self, TeamListUsers.self, TeamPush.self, TeamPull.self])
}

/// `dealdesk team init URL`: creates the team desk's roles, schema, tables and functions in
/// an existing database, or migrates an older one forward; says what it did.
struct TeamInit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Set up the team desk in an existing PostgreSQL database, or bring an older one up to date.",
    discussion: """
      URL is written as psql takes it: postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE, or a \
      socket folder with ?host=/var/run/postgresql. The password comes from the URL, else \
      PGPASSWORD, else the password file (PGPASSFILE or ~/.pgpass), as psql finds it. The \
      login must be allowed to create roles and schemas (a superuser, or CREATEROLE with \
      CREATE on the database). Running it again changes nothing and says so; a desk set up \
      by a newer dealdesk is refused. docs/team-desk.md describes what it creates.
      """)

  @Argument(help: ArgumentHelp("The database, e.g. postgres://admin@db.branch.local/desk", valueName: "URL"))
  var url: String

  @Option(help: ArgumentHelp(
    "Also make this existing login a director of the branch: only directors may change the policy, approve, or set credit limits.",
    valueName: "LOGIN"))
  var director: String?

  @Option(help: ArgumentHelp("The director's full name, recorded as a person of the branch (with --director).", valueName: "NAME"))
  var name: String?

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    if name != nil, director == nil {
      Output.err("--name is the director's: dealdesk team init URL --director LOGIN --name \"Sofia Marku\"")
      throw ExitCode.failure
    }
    do {
      let login = try TeamLogin.resolve(url, environment: environment)
      for warning in login.warnings { Output.err("warning: \(warning)") }
      let report = try runBlocking { try await TeamDesk.initialise(login) }
      Output.out(report.text)
      if let director {
        Output.out(try runBlocking { try await TeamDesk.appoint(director: director, by: login) })
        if let name { try record(director: director, name: name, url: url, environment: environment) }
      }
    } catch let error as TeamError {
      Output.err(error.message)
      throw ExitCode.failure
    }
  }
}

extension TeamInit {
  /// The director as a person of the branch, written as the login running init when the
  /// database counts it a director (a superuser, or the director themself); else says how
  /// the director records themself.
  private func record(director: String, name: String, url: String, environment: [String: String]) throws {
    let options = try DeskOptions.parse(["--team", url])
    guard let session = Output.openSession(options) else { throw ExitCode.failure }
    defer { _ = session.close() }
    if session.desk.people[director] != nil {
      Output.out("\(director) is already on the desk as \(session.desk.people[director]?.name ?? director); nothing was changed.")
      return
    }
    guard session.isDirector else {
      Output.out(
        "To record their name, \(director) runs once: dealdesk --team postgres://\(director)@HOST/DATABASE team add-user \(director) --name \"\(name)\" --role director")
      return
    }
    let reply = session.handle(.setPerson(.adding(login: director, name: name, role: .director)), line: "team init --director \(director)")
    guard !reply.isError else {
      Output.err(reply.text)
      throw ExitCode.failure
    }
    Output.out(reply.text)
  }
}
