import Foundation
import Testing

/// `dealdesk team init URL`, run as the real binary against the test cluster.
@Suite struct TeamCommandTests {
  struct Result {
    var status: Int32
    var output: String
    var errors: String
  }

  @Test func initSaysWhatItMadeThenThatNothingChanged() async throws {
    let database = try await Cluster.get().database()
    let first = try await dealdesk(["team", "init", database.url()])
    #expect(first.status == 0, "\(first.errors)")
    #expect(first.output.hasPrefix("Set up the team desk in database \"\(database.name)\""))
    #expect(first.output.contains("\n  table desk.events (every change, by position)\n"))
    #expect(first.errors == "")

    let second = try await dealdesk(["team", "init", database.url()])
    #expect(second.status == 0)
    #expect(second.output.hasSuffix("is already set up at schema version 4; nothing was changed.\n"))
  }

  @Test func initNamesTheFirstDirectorWhoThenSetsThePolicyThatAManagerCannot() async throws {
    let database = try await Cluster.get().database()
    let sofia = "sofia_\(UUID().uuidString.prefix(6).lowercased())"
    try await database.exec("CREATE ROLE \(unescaped: sofia) LOGIN PASSWORD 's3cret:pw'")
    let missing = try await dealdesk(["team", "init", database.url(), "--director", "nobody_here"])
    #expect(missing.status == 1)
    #expect(missing.errors.hasPrefix("There is no login nobody_here on the server at the socket in \(database.cluster.folder) (port 5432); nothing was changed."))

    let named = try await dealdesk(["team", "init", database.url(), "--director", sofia])
    #expect(named.status == 0, "\(named.errors)")
    #expect(named.output.hasSuffix("\(sofia) is now a director of the branch (in the directors group): the policy, approvals, credit limits, minimum orders and the entertainment budget are theirs to change, and no manager's login can.\n"))
    let again = try await dealdesk(["team", "init", database.url(), "--director", sofia])
    #expect(again.output.hasSuffix("\(sofia) is already a director of the branch (in the directors group); nothing was changed.\n"))
    // With her name she is recorded as a person of the branch (init's login is a superuser here).
    let recorded = try await dealdesk(["team", "init", database.url(), "--director", sofia, "--name", "Sofia Marku"])
    #expect(recorded.status == 0, "\(recorded.errors)")
    #expect(recorded.output.hasSuffix("Added Sofia Marku (\(sofia)) as a director: discount up to 10%, payment terms up to net 60.\n"), "\(recorded.output)")
    let nameless = try await dealdesk(["team", "init", database.url(), "--name", "Sofia Marku"])
    #expect(nameless.status == 1 && nameless.errors.hasPrefix("--name is the director's"), "\(nameless.errors)")

    let manager = try await database.manager()
    let lines = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-director-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: lines) }
    func piped(_ line: String) throws -> String {
      try (line + "\n").write(to: lines, atomically: true, encoding: .utf8)
      return lines.path
    }
    let refused = try await dealdesk(["--team", database.url(user: manager, password: "s3cret:pw")], input: try piped("set discount limit 40%"))
    #expect(refused.errors == "line 1: Your limits are set by a director. Ask a director to change them; `approvals` shows what waits for one.\n", "\(refused.output) \(refused.errors)")
    let set = try await dealdesk(["--team", database.url(user: sofia, password: "s3cret:pw")], input: try piped("set discount limit 12%"))
    #expect(set.status == 0 && set.errors == "", "\(set.errors)")
    // The manager's desk reads the director's policy.
    let shown = try await dealdesk(["--team", database.url(user: manager, password: "s3cret:pw")], input: try piped("limits"))
    #expect(shown.output.contains("12%"), "\(shown.output) \(shown.errors)")
    let people = try await dealdesk(["--team", database.url(user: manager, password: "s3cret:pw")], input: try piped("people"))
    #expect(people.output.contains("Sofia Marku"), "\(people.output) \(people.errors)")
  }

  @Test func aNewerDeskABadAddressAndAnUnreachableServerFailWithOneClearLine() async throws {
    let database = try await Cluster.get().database()
    _ = try await dealdesk(["team", "init", database.url()])
    try await database.exec("UPDATE desk.meta SET version = 5")
    let newer = try await dealdesk(["team", "init", database.url()])
    #expect(newer.status == 1)
    #expect(newer.output == "")
    #expect(newer.errors == "The team desk in database \"\(database.name)\" is at schema version 5, newer than this dealdesk knows (4). Nothing was changed; use a dealdesk at least as new as the one that set it up.\n")

    let bad = try await dealdesk(["team", "init", "db.branch.local/desk"])
    #expect(bad.status == 1)
    #expect(bad.errors.hasPrefix("\"db.branch.local/desk\" is not a PostgreSQL address"))

    let away = try await dealdesk(["team", "init", "postgres://admin@/desk?host=/tmp/no-such-dealdesk-socket"])
    #expect(away.status == 1)
    #expect(away.errors.hasPrefix("Could not reach PostgreSQL at the socket in /tmp/no-such-dealdesk-socket (port 5432)"))
    #expect(away.errors.filter { $0 == "\n" }.count == 1)
  }

  @Test func everyFormWorksOnTheTeamDeskAsOnAFolder() async throws {
    let database = try await Cluster.get().database()
    _ = try await dealdesk(["team", "init", database.url()])
    // A director's login: the script loads the sample data, whose policy is a director's.
    let director = try await database.director()
    let team = database.url(user: director, password: "s3cret:pw")
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-team-forms-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let script = scratch.appendingPathComponent("day.desk")
    try """
      @now 2026-12-14 09:00
      load sample data
      offer Acme 10% on linen 220
      reserve 300m linen 220 for Acme
      note Acme: wants faster delivery
      Acme accepts

      """.write(to: script, atomically: true, encoding: .utf8)
    let folder = scratch.appendingPathComponent("desk").path

    let ranOnTeam = try await dealdesk(["--team", team, "run", script.path])
    let ranOnFolder = try await dealdesk(["--data", folder, "run", script.path])
    #expect(ranOnTeam.status == 0, "\(ranOnTeam.errors)")
    #expect(ranOnTeam.output == ranOnFolder.output)
    #expect(ranOnTeam.output.contains("O-1 to Acme Textiles"))

    let exportedTeam = try await dealdesk(["--team", team, "export", "json"])
    let exportedFolder = try await dealdesk(["--data", folder, "export", "json"])
    #expect(exportedTeam.status == 0, "\(exportedTeam.errors)")
    #expect(exportedTeam.output == exportedFolder.output)
    #expect(exportedTeam.output.count > 1000)

    let input = scratch.appendingPathComponent("lines")
    try "offers\nholds\n".write(to: input, atomically: true, encoding: .utf8)
    let pipedTeam = try await dealdesk([], environment: ["DEALDESK_TEAM=\(team)"], input: input.path)
    let pipedFolder = try await dealdesk(["--data", folder], input: input.path)
    #expect(pipedTeam.status == 0, "\(pipedTeam.errors)")
    #expect(pipedTeam.output == pipedFolder.output)
    #expect(pipedTeam.output.contains("R-1"))
  }

  /// Practice stays local: `train` with a team desk named, even one that cannot be reached,
  /// plays and keeps its history in the manager's own folder, never on the server.
  @Test func practiceStaysLocalWithATeamDeskNamed() async throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-team-train-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let input = scratch.appendingPathComponent("moves")
    try "offer 8% 2000m net 30 14 days\nwalk away\n".write(to: input, atomically: true, encoding: .utf8)
    let away = "postgres://arben@/desk?host=/tmp/no-such-dealdesk-socket"
    let folder = scratch.appendingPathComponent("own").path
    let played = try await dealdesk(["--team", away, "--data", folder, "train", "hawk", "--seed", "7"], input: input.path)
    #expect(played.status == 0, "\(played.errors)")
    #expect(played.output.contains("Practice negotiation · seed 7"))
    let history = try await dealdesk(["--team", away, "--data", folder, "train", "--history"])
    #expect(history.status == 0, "\(history.errors)")
    #expect(history.output.contains("hawk") || history.output.contains("Hawk"), "\(history.output)")
  }

  @Test func teamIsListedInHelp() async throws {
    let help = try await dealdesk(["--help"])
    #expect(help.output.contains("\n  team "), "team is in the list of subcommands: \(help.output)")
    #expect(help.output.contains("dealdesk team init URL"))
    let team = try await dealdesk(["team", "--help"])
    #expect(team.output.contains("init"))
    #expect(team.output.contains("push"))
    #expect(team.output.contains("pull"))
    let initHelp = try await dealdesk(["team", "init", "--help"])
    #expect(initHelp.output.contains("postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"))
  }

  /// Runs the binary with a home and passfile of its own, none of the PG* variables of
  /// whoever runs the tests, and nothing on standard input.
  func dealdesk(_ arguments: [String], environment extra: [String] = [], input: String = "/dev/null") async throws -> Result {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-team-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let environment = [
      "PATH=/usr/bin:/bin", "HOME=\(scratch.path)", "PGPASSFILE=\(scratch.appendingPathComponent("pgpass").path)",
      "DEALDESK_DATA=\(scratch.appendingPathComponent("desk").path)", "LANG=C.UTF-8",
    ] + extra
    let (outputFile, errorFile) = (scratch.appendingPathComponent("out"), scratch.appendingPathComponent("err"))
    let pid = try Spawn.start(
      [try Self.binary().path] + arguments, environment: environment, input: input, output: outputFile.path, errors: errorFile.path)
    let status = await Spawn.exit(of: pid)
    return Result(
      status: status,
      output: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
      errors: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
  }

  /// The dealdesk binary SwiftPM built beside the test bundle, or $DEALDESK_BINARY.
  static func binary() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["DEALDESK_BINARY"] { return URL(fileURLWithPath: path) }
    let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    let bundle = Bundle.main.bundleURL
    for folder in [runner, bundle, bundle.deletingLastPathComponent()] {
      let candidate = folder.appendingPathComponent("dealdesk")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    throw Cluster.Failure(description: "The dealdesk binary was not found beside the tests; run swift build first, or set DEALDESK_BINARY.")
  }
}
