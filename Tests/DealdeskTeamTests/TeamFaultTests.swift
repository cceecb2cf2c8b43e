import DealdeskCore
import Foundation
import Glibc
import PostgresNIO
import Testing

@testable import DealdeskTeam

/// The issue's fault tests: the server stopped as a crash would stop it while four sessions
/// write, and client processes killed mid-commit. Each draws its schedule from a seed that
/// every failure names (DEALDESK_FAULT_SEED=… replays it); DEALDESK_FAULT_SOAK=N makes N
/// times as many faults, for a soak run.
@Suite struct TeamFaultTests {
  static let soak = max(1, Int(ProcessInfo.processInfo.environment["DEALDESK_FAULT_SOAK"] ?? "") ?? 1)
  static let password = "s3cret:pw"

  // MARK: - The server stopped with -m immediate

  @Test func serverStoppedAtRandomWhileFourSessionsWriteLosesNoAnsweredLine() async throws {
    let seed = SeededRandom.seed()
    let replay = "seed \(seed) (DEALDESK_FAULT_SEED=\(seed) replays it)"
    let clock = ContinuousClock()
    let began = clock.now
    // A cluster of its own: stopping the shared one would fail every other team test.
    let cluster = try Cluster.startPrivate()
    defer { cluster.stop() }
    let scratch = try Self.scratch("server")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let database = try await cluster.database()
    _ = try await TeamDesk.initialise(database.login())
    let loaded = try await PacedWriter.once(["load sample data"], name: "load", url: Self.directorURL(database), in: scratch)
    try #require(loaded.status == 0, "\(loaded.transcript.errors)")

    var writers: [PacedWriter] = []
    for n in 0..<4 { writers.append(try PacedWriter.start(name: "w\(n)", url: try await Self.url(database), in: scratch)) }
    defer { writers.forEach { $0.kill() } }
    let stopFeeding = Flag()
    let feeders = writers.enumerated().map { n, writer in
      Task { await onThread { Self.feed(writer, n: n, seed: seed, until: stopFeeding) } }
    }
    for writer in writers {
      try #require(await Self.eventually { writer.hasAnswered }, "\(replay): \(writer.name) never answered: \(writer.transcript.errors)")
    }

    let restarts = 20 * Self.soak
    let schedule = await onThread { Self.stopAndStart(cluster, times: restarts, seed: seed) }
    stopFeeding.set()
    var exits: [(status: Int32, hung: Bool)] = []
    for writer in writers { exits.append(await writer.exit(within: .seconds(120))) }
    for feeder in feeders { await feeder.value }
    let audit = try await DeskAudit.read(database, cache: scratch.appendingPathComponent("audit"))
    let transcripts = writers.map(\.transcript)

    #expect(schedule.done == restarts, "\(replay): \(schedule.failure ?? "")")
    for (writer, exit) in zip(writers, exits) {
      #expect(!exit.hung, "\(replay): \(writer.name) did not end within 2 minutes of its input ending")
    }
    var lost: [String] = [], savedWhenRefused: [String] = [], twice: [String] = [], noAnswer: [String] = []
    var maybe = 0, maybeKept = 0
    for transcript in transcripts {
      #expect(transcript.strayErrors.isEmpty, "\(replay): a refusal is one line: \(transcript.strayErrors.prefix(5))")
      #expect(transcript.answeredTwice.isEmpty, "\(replay): answered and refused: \(transcript.answeredTwice.prefix(5))")
      // Questions are answered from the desk as the session has it, server or not.
      let questions = transcript.refusals.filter { transcript.sent[$0.key - 1].hasPrefix("stock ") }
      #expect(questions.isEmpty, "\(replay): questions refused: \(questions.prefix(3))")
      for (text, fate) in transcript.notes {
        let found = audit.notes(text)
        if found > 1 { twice.append(text) }
        switch fate {
        case .answered where found != 1: lost.append(text)
        case .refused where found != 0: savedWhenRefused.append(text)
        case .maybeSaved:
          maybe += 1
          maybeKept += found
        case .unanswered: noAnswer.append(text)
        default: break
        }
      }
      // Sent once the server was back for good: the session must have reconnected by itself.
      // Only "others changed the desk" may refuse one (retries are bounded, by design).
      let tail = transcript.notes.filter { $0.text.contains("-tail-") }
      let tailRefusals = transcript.refusals.filter { transcript.sent[$0.key - 1].contains("-tail-") }
      #expect(tail.count == 10 && tail.contains { $0.fate == .answered }, "\(replay): after the last start: \(tailRefusals)")
      #expect(tailRefusals.values.allSatisfy { $0.hasPrefix("Others changed the desk") }, "\(replay): after the last start: \(tailRefusals)")
    }
    #expect(lost.isEmpty, "\(replay): answered notes not on the desk once: \(lost.prefix(10))")
    #expect(savedWhenRefused.isEmpty, "\(replay): notes refused as not saved that were saved: \(savedWhenRefused.prefix(10))")
    #expect(twice.isEmpty, "\(replay): notes on the desk twice: \(twice.prefix(10))")
    #expect(noAnswer.isEmpty, "\(replay): note lines with no answer at all: \(noAnswer.prefix(10))")
    Self.expectCounts(audit, transcripts, inFlight: 0, replay)
    #expect(audit.problems.isEmpty, "\(replay): \(audit.problems)")
    let refusedByServer = transcripts.map(\.serverRefusals).reduce(0, +)
    #expect(refusedByServer > 0, "\(replay): no line met the stopped server; the test tested nothing")

    let sent = transcripts.map(\.sent.count).reduce(0, +)
    print(
      "TeamFaultTests: \(restarts) immediate stops, \(sent) lines by 4 sessions, \(refusedByServer) refused while the server was away, "
        + "\(maybe) notes 'may or may not have been saved' (\(maybeKept) of them saved), \(audit.positions.count) positions; "
        + "\(clock.now - began); \(replay)")
  }

  /// Feeds writer `n` lines at a random pace until told to stop, then ten notes that the
  /// server, back for good, must not refuse, then ends its input.
  private static func feed(_ writer: PacedWriter, n: Int, seed: UInt64, until stop: Flag) {
    defer { writer.finish() }
    var random = SeededRandom(seed: seed &+ UInt64(n + 1) &* 0x2545_F491_4F6C_DD1D)
    var i = 0
    while !stop.isSet {
      guard writer.send(line(n, i)) else { return }
      i += 1
      pause(random.milliseconds(20...60))
    }
    for t in 0..<10 {
      guard writer.send("note Acme: w\(n)-tail-\(t)") else { return }
      pause(random.milliseconds(20...60))
    }
  }

  /// Writer `n`'s line `i`: notes (each text unique) to two shared clients, holds on one
  /// shared fabric (refused once it is all held), offers, and a question.
  static func line(_ n: Int, _ i: Int) -> String {
    switch i % 5 {
    case 0: "note Acme: w\(n)-\(i)"
    case 1: "reserve 20m linen 220 for Bora"
    case 2: "offer Çelik 5% on linen 180"
    case 3: "stock linen 220"
    default: "note Nordic: w\(n)-\(i)"
    }
  }

  /// Stops the server with -m immediate and starts it again, `times` times, up and down for
  /// random spells: how many were done, and what failed if one did.
  private static func stopAndStart(_ cluster: Cluster, times: Int, seed: UInt64) -> (done: Int, failure: String?) {
    var random = SeededRandom(seed: seed)
    for done in 0..<times {
      pause(random.milliseconds(200...900))
      do {
        try cluster.stopServer()
        pause(random.milliseconds(50...400))
        try cluster.startServer()
      } catch {
        // Left up if it can be, so the sessions can end.
        try? cluster.startServer()
        return (done, "\(error)")
      }
    }
    return (times, nil)
  }

  // MARK: - An append saved whose answer is lost

  /// The one fault a client cannot tell from "not saved": the server commits the append and
  /// the connection breaks (or the server freezes: no answer within the desk's 10 seconds)
  /// before its answer arrives. The line is said to be maybe saved, and the session goes on
  /// with its own record taken in once, numbering after it.
  @Test(arguments: [ReplyDropper.Fault.cut, .freeze])
  func anAppendSavedWhoseAnswerIsLostIsTakenInOnceByTheNextLine(_ fault: ReplyDropper.Fault) async throws {
    let cluster = try Cluster.get()
    let database = try await cluster.database()
    _ = try await TeamDesk.initialise(database.login())
    let scratch = try Self.scratch("lost-answer")
    defer { try? FileManager.default.removeItem(at: scratch) }
    _ = try await PacedWriter.once(["load sample data"], name: "load", url: Self.directorURL(database), in: scratch)
    let dropper = try ReplyDropper.start(to: cluster.folder, port: Cluster.port)
    defer { dropper.stop() }
    let manager = try await database.manager(password: Self.password)
    let url = Self.url(database, manager, through: dropper)

    let writer = try PacedWriter.start(name: "w", url: url, in: scratch)
    defer { writer.kill() }
    writer.send("note Acme: before")
    try #require(await Self.eventually { writer.hasAnswered }, "\(writer.transcript.errors)")
    dropper.arm(fault)
    writer.send("note Acme: answer lost")
    try #require(await Self.eventually { writer.transcript.refusals[2] != nil }, "\(writer.transcript.output)")
    writer.send("note Acme: after")
    writer.finish()
    let (_, hung) = await writer.exit(within: .seconds(60))
    #expect(!hung)

    let transcript = writer.transcript
    #expect(transcript.notes.map(\.fate) == [.answered, .maybeSaved, .answered], "\(transcript.output)\n\(transcript.errors)")
    #expect(transcript.output.contains("N-3: noted for Acme Textiles: after"), "\(transcript.output)")
    let audit = try await DeskAudit.read(database, cache: scratch.appendingPathComponent("audit"))
    #expect(audit.notes("answer lost") == 1, "the server committed it before its answer was cut")
    #expect(audit.desk.notes.count == 3)
    #expect(audit.problems.isEmpty, "\(audit.problems)")
  }

  /// The same for a script run: its one append saved, its answer cut. The run must not
  /// say the script was not saved.
  @Test func aScriptRunWhoseAnswerIsLostDoesNotSayItWasNotSaved() async throws {
    let cluster = try Cluster.get()
    let database = try await cluster.database()
    _ = try await TeamDesk.initialise(database.login())
    let scratch = try Self.scratch("lost-run-answer")
    defer { try? FileManager.default.removeItem(at: scratch) }
    _ = try await PacedWriter.once(["load sample data"], name: "load", url: Self.directorURL(database), in: scratch)
    let dropper = try ReplyDropper.start(to: cluster.folder, port: Cluster.port)
    defer { dropper.stop() }
    let manager = try await database.manager(password: Self.password)
    let url = Self.url(database, manager, through: dropper)
    let script = scratch.appendingPathComponent("day.desk")
    try ((0..<20).map { "note Acme: s-\($0)" }.joined(separator: "\n") + "\n").write(to: script, atomically: true, encoding: .utf8)

    dropper.arm(.cut)
    let errors = scratch.appendingPathComponent("run.err")
    let pid = try Spawn.start(
      [try TeamCommandTests.binary().path, "run", script.path], environment: Self.environment(url, scratch, "run"),
      output: scratch.appendingPathComponent("run.out").path, errors: errors.path)
    let status = await Spawn.exit(of: pid)
    let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""

    let audit = try await DeskAudit.read(database, cache: scratch.appendingPathComponent("audit"))
    #expect(audit.notes(startingWith: "s-") == 20, "the server committed the script before its answer was cut")
    #expect(status != 0)
    #expect(said.contains("may or may not have been saved"), "\(said)")
    #expect(!said.contains("Nothing the script did was saved"), "\(said)")
    #expect(said.contains("The script is saved as one change: all of it or none of it."), "\(said)")
  }

  // MARK: - The listener across a stop

  /// What a terminal's "the server is back" rests on: the listener notices the immediate
  /// stop, and is connected again (and hears appends) once the server is back, each time.
  @Test func listenerNoticesEachImmediateStopAndReconnectsWhenTheServerIsBack() async throws {
    let cluster = try Cluster.startPrivate()
    defer { cluster.stop() }
    let database = try await cluster.database()
    _ = try await TeamDesk.initialise(database.login())
    let manager = try await database.manager(password: Self.password)
    let login = try database.login(user: manager, password: Self.password)
    let listener = TeamListener.start(login, retryDelay: .milliseconds(200))
    defer { listener.stop() }
    try #require(await Self.eventually { listener.current.connected }, "the listener never connected")

    for round in 1...3 {
      try await onThread { Result { try cluster.stopServer() } }.get()
      #expect(await Self.eventually { !listener.current.connected }, "round \(round): the listener never noticed the stop")
      try await onThread { Result { try cluster.startServer() } }.get()
      #expect(await Self.eventually { listener.current.connected && listener.current.reconnects == round }, "round \(round): \(listener.current)")
      // Connected means listening: an append made now is heard.
      let journal = try await TeamJournal.open(login)
      let head = try await journal.head()
      let outcome = try await journal.append(expected: head, events: [TeamEvent.New(kind: "probe", body: "{}")])
      await journal.close()
      #expect(outcome == .appended(head: head + 1))
      #expect(await Self.eventually { listener.current.heard == head + 1 }, "round \(round): the append was not heard: \(listener.current)")
    }
  }

  // MARK: - A script run killed mid-commit

  @Test func aScriptRunKilledAtRandomOrMidCommitLeavesAllOfItOrNone() async throws {
    let seed = SeededRandom.seed()
    let replay = "seed \(seed) (DEALDESK_FAULT_SEED=\(seed) replays it)"
    var random = SeededRandom(seed: seed)
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let scratch = try Self.scratch("run")
    defer { try? FileManager.default.removeItem(at: scratch) }
    _ = try await PacedWriter.once(["load sample data"], name: "load", url: Self.directorURL(database), in: scratch)
    let manager = try await database.manager(password: Self.password)
    let url = database.url(user: manager, password: Self.password)
    // One connection holds the counter row so an append waits at the server; one watches for it.
    let locker = try await database.admin()
    let watcher = try await database.admin()
    defer { Task { await locker.close(); await watcher.close() } }

    // A run left alone saves all of its script, and says how long a run takes.
    let clock = ContinuousClock()
    let started = clock.now
    let clean = try Spawn.start(try Self.run(script: 0, in: scratch), environment: Self.environment(url, scratch, "k0"), output: "/dev/null")
    try #require(await Spawn.exit(of: clean) == 0, "\(replay): the script failed when left alone")
    // How long a run takes: the shortest that ended by itself. Runs speed up once the server
    // is warm and slow down while other tests work; a kill is meant to land inside one.
    var runTakes = clock.now - started
    var kept = 1
    try #require(try await DeskAudit.read(database, cache: scratch.appendingPathComponent("audit-0")).notes(startingWith: "k0-") == Self.scriptNotes)

    var outcomes: [String] = []
    for attempt in 1...(6 * Self.soak) {
      let command = try Self.run(script: attempt, in: scratch)
      // Half the runs are killed while their one append waits at the server for the counter
      // row, the other half at a random moment of the run.
      let whileAppending = attempt % 2 == 1
      if whileAppending {
        try await locker.run("BEGIN", doing: "a test")
        try await locker.run("SELECT position FROM desk.head FOR UPDATE", doing: "a test")
      }
      let launched = clock.now
      let pid = try Spawn.start(command, environment: Self.environment(url, scratch, "k\(attempt)"), output: "/dev/null")
      if whileAppending {
        let waiting = await Self.eventually {
          let rows = try? await watcher.rows(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = \(manager) AND wait_event_type = 'Lock' AND query LIKE '%desk.append%'",
            doing: "a test") { try $0.decode(Int64.self) }
          return (rows?.first ?? 0) > 0 || Self.hasEnded(pid)
        }
        #expect(waiting, "\(replay): run \(attempt)'s append never reached the server")
      } else {
        let moment = runTakes * Double.random(in: 0.05...1.1, using: &random)
        await onThread { pause(moment) }
      }
      kill(pid, SIGKILL)
      let status = await Spawn.exit(of: pid)
      if status == 0 { runTakes = min(runTakes, clock.now - launched) }
      if whileAppending { try await locker.run("ROLLBACK", doing: "a test") }
      // The killed client's server side ends on its own; the desk is read once it has.
      let settled = await Self.eventually {
        let rows = try? await watcher.rows("SELECT count(*) FROM pg_stat_activity WHERE usename = \(manager)", doing: "a test") {
          try $0.decode(Int64.self)
        }
        return rows?.first == 0
      }
      #expect(settled, "\(replay): the killed run's connection never ended")

      let audit = try await DeskAudit.read(database, cache: scratch.appendingPathComponent("audit-\(attempt)"))
      let found = audit.notes(startingWith: "k\(attempt)-")
      #expect(found == 0 || found == Self.scriptNotes, "\(replay): run \(attempt) (status \(status)) left \(found) of its \(Self.scriptNotes) notes")
      if found == Self.scriptNotes { kept += 1 }
      outcomes.append("\(whileAppending ? "mid-append" : "at random") \(status == 0 ? "ended first" : "killed"): \(found == 0 ? "none" : "all")")
      #expect(audit.desk.offers.count == kept * Self.scriptOffers, "\(replay): run \(attempt): offers not all or none of each run kept")
      #expect(audit.problems.isEmpty, "\(replay): run \(attempt): \(audit.problems)")

      // The desk opens and takes the next line.
      let next = try await PacedWriter.once(["note Acme: after-\(attempt)"], name: "after-\(attempt)", url: url, in: scratch)
      #expect(next.transcript.answeredNotes == ["after-\(attempt)"], "\(replay): after run \(attempt): \(next.transcript.errors)")
    }
    print("TeamFaultTests: \(6 * Self.soak) runs killed, the shortest run \(runTakes): \(outcomes); \(replay)")
  }

  static let scriptNotes = 200
  static let scriptOffers = 10

  /// `dealdesk run FILE` of script `n`: 200 notes and 10 offers, one record when saved.
  private static func run(script n: Int, in scratch: URL) throws -> [String] {
    let file = scratch.appendingPathComponent("k\(n).desk")
    let lines = (0..<scriptNotes).flatMap { i in
      ["note \(i % 2 == 0 ? "Acme" : "Nordic"): k\(n)-\(i)"] + (i % (scriptNotes / scriptOffers) == 0 ? ["offer Çelik 5% on linen 180"] : [])
    }
    try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    return [try TeamCommandTests.binary().path, "run", file.path]
  }

  // MARK: - Piped writers killed mid-stream

  @Test func pipedWritersKilledMidStreamKeepEveryAnsweredLineAndNothingHalfDone() async throws {
    let seed = SeededRandom.seed()
    let replay = "seed \(seed) (DEALDESK_FAULT_SEED=\(seed) replays it)"
    var random = SeededRandom(seed: seed)
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let scratch = try Self.scratch("piped")
    defer { try? FileManager.default.removeItem(at: scratch) }
    _ = try await PacedWriter.once(["load sample data"], name: "load", url: Self.directorURL(database), in: scratch)

    var writers: [PacedWriter] = [], urls: [String] = []
    for n in 0..<4 {
      urls.append(try await Self.url(database))
      writers.append(try PacedWriter.start(name: "w\(n)", url: urls[n], in: scratch))
    }
    defer { writers.forEach { $0.kill() } }
    let stopFeeding = Flag()
    let feeders = writers.enumerated().map { n, writer in
      Task { await onThread { Self.feed(writer, n: n, seed: seed, until: stopFeeding) } }
    }
    for writer in writers {
      try #require(await Self.eventually { writer.hasAnswered }, "\(replay): \(writer.name) never answered: \(writer.transcript.errors)")
    }
    // Each killed at a moment of its own while the others go on.
    let moments = writers.map { _ in random.milliseconds(100...2_500) }.sorted()
    await onThread { [writers] in
      var slept = Duration.zero
      for (writer, moment) in zip(writers, moments) {
        pause(moment - slept)
        slept = moment
        writer.kill()
      }
    }
    stopFeeding.set()
    for writer in writers { _ = await writer.exit(within: .seconds(30)) }
    for feeder in feeders { await feeder.value }
    let watcher = try await database.admin()
    let settled = await Self.eventually {
      let rows = try? await watcher.rows(
        "SELECT count(*) FROM pg_stat_activity WHERE usename LIKE 'm\\_%' AND datname = current_database()", doing: "a test"
      ) { try $0.decode(Int64.self) }
      return rows?.first == 0
    }
    await watcher.close()
    #expect(settled, "\(replay): the killed sessions' connections never ended")

    let audit = try await DeskAudit.read(database, cache: scratch.appendingPathComponent("audit"))
    let transcripts = writers.map(\.transcript)
    for (writer, transcript) in zip(writers, transcripts) {
      var lost: [String] = [], savedWhenRefused: [String] = [], inFlight: [String] = []
      for (text, fate) in transcript.notes {
        let found = audit.notes(text)
        #expect(found <= 1, "\(replay): \(text) is on the desk \(found) times")
        switch fate {
        case .answered where found != 1: lost.append(text)
        case .refused where found != 0: savedWhenRefused.append(text)
        case .unanswered, .maybeSaved: if found == 1 { inFlight.append(text) }
        default: break
        }
      }
      #expect(lost.isEmpty, "\(replay): \(writer.name)'s answered notes not on the desk: \(lost.prefix(10))")
      #expect(savedWhenRefused.isEmpty, "\(replay): \(writer.name)'s refused notes on the desk: \(savedWhenRefused.prefix(10))")
      // Only the line being saved when the process died can be there with no answer.
      #expect(inFlight.count <= 1, "\(replay): \(writer.name)'s unanswered notes on the desk: \(inFlight)")
    }
    Self.expectCounts(audit, transcripts, inFlight: writers.count, replay)
    #expect(audit.problems.isEmpty, "\(replay): \(audit.problems)")

    for (n, url) in urls.enumerated() {
      let next = try await PacedWriter.once(["note Acme: after-w\(n)"], name: "after-w\(n)", url: url, in: scratch)
      #expect(next.transcript.answeredNotes == ["after-w\(n)"], "\(replay): after w\(n) was killed: \(next.transcript.errors)")
    }
    let sent = transcripts.map(\.sent.count).reduce(0, +)
    print("TeamFaultTests: 4 piped sessions killed after \(moments) having sent \(sent) lines; \(audit.positions.count) positions; \(replay)")
  }

  // MARK: - Helpers

  /// Holds and offers: every answered one is there; beyond those, only ones the desk said
  /// may or may not have been saved, or up to `inFlight` being saved when a process died.
  private static func expectCounts(_ audit: DeskAudit, _ transcripts: [WriterTranscript], inFlight: Int, _ replay: String) {
    let holds = transcripts.map(\.answeredHolds).reduce(0, +)
    let maybeHolds = transcripts.map { $0.maybeSaved("reserve") }.reduce(0, +)
    let found = audit.desk.reservations.count
    #expect(
      (holds...(holds + maybeHolds + inFlight)).contains(found),
      "\(replay): \(found) holds on the desk, \(holds) answered, \(maybeHolds) may or may not have been saved")
    let offers = transcripts.map(\.answeredOffers).reduce(0, +)
    let maybeOffers = transcripts.map { $0.maybeSaved("offer") }.reduce(0, +)
    let made = audit.desk.offers.count
    #expect(
      (offers...(offers + maybeOffers + inFlight)).contains(made),
      "\(replay): \(made) offers on the desk, \(offers) answered, \(maybeOffers) may or may not have been saved")
  }

  /// A new manager's address on `database`.
  private static func url(_ database: TestDatabase) async throws -> String {
    database.url(user: try await database.manager(password: password), password: password)
  }

  /// A new director's address: the sample data carries the branch's policy, which is theirs.
  private static func directorURL(_ database: TestDatabase) async throws -> String {
    database.url(user: try await database.director(password: password), password: password)
  }

  /// `manager`'s address on `database` by way of `dropper`'s socket.
  private static func url(_ database: TestDatabase, _ manager: String, through dropper: ReplyDropper) -> String {
    database.url(user: manager, password: password)
      .replacingOccurrences(of: "host=\(database.cluster.folder)", with: "host=\(dropper.folder)")
  }

  private static func environment(_ url: String, _ scratch: URL, _ name: String) -> [String] {
    ["PATH=/usr/bin:/bin", "HOME=\(scratch.appendingPathComponent("home-\(name)").path)", "LANG=C.UTF-8", "DEALDESK_TEAM=\(url)"]
  }

  private static func scratch(_ name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-faults-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// True once `pid`, a child not yet waited for, has ended (a zombie, or gone); not
  /// waiting for it, so it cannot be reaped and its number reused before it is killed.
  private static func hasEnded(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let name = stat.lastIndex(of: ")") else {
      return true
    }
    return stat[stat.index(after: name)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
  }

  /// Polls `condition` until it holds, at most `limit`: a bounded wait, never a timed assertion.
  static func eventually(
    within limit: Duration = .seconds(60), _ condition: @escaping @Sendable () async -> Bool
  ) async -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
      if await condition() { return true }
      try? await Task.sleep(for: .milliseconds(20))
    }
    return await condition()
  }
}

/// A flag one thread sets and others read.
final class Flag: @unchecked Sendable {
  // @unchecked: `value` is touched only while `lock` is held.
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}
