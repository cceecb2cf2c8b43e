import Foundation
import PostgresNIO
import Testing
@testable import DealdeskTeam

/// The promise the counter row keeps: positions follow commit order with no gap and no
/// duplicate, however many sessions append at once.
@Suite struct GaplessPositionTests {
  static let writers = 8
  static let appendsEach = 200

  @Test func eightConcurrentAppendersLeaveNoGapNoDuplicateAndEveryBatchOnce() async throws {
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let manager = try await database.manager()
    let login = try database.login(user: manager, password: "s3cret:pw")

    // Each writer appends batches of 1–3 events, named writer-batch-event, retrying from the
    // head it is told whenever someone else came first (bounded, as a session would).
    let heads = try await withThrowingTaskGroup(of: [Int64].self) { group in
      for writer in 0..<Self.writers {
        group.addTask {
          let journal = try await TeamJournal.open(login)
          var expected: Int64 = 0
          var heads: [Int64] = []
          for batch in 0..<Self.appendsEach {
            let events = (0...(batch % 3)).map { TeamEvent.New(kind: "note", body: #"{"id":"\#(writer)-\#(batch)-\#($0)"}"#) }
            var attempts = 0
            while true {
              attempts += 1
              guard attempts <= 1_000 else { throw TeamError("writer \(writer) never got its turn", kind: .server) }
              switch try await journal.append(expected: expected, events: events) {
              case .appended(let head):
                expected = head
                heads.append(head)
              case .behind(let head):
                expected = head
                continue
              }
              break
            }
          }
          await journal.close()
          return heads
        }
      }
      var all: [[Int64]] = []
      for try await heads in group { all.append(heads) }
      return all
    }

    let batchesPerWriter = (0..<Self.appendsEach).map { $0 % 3 + 1 }.reduce(0, +)
    let total = Int64(Self.writers * batchesPerWriter)
    let check = try await database.admin()
    let (count, distinct, highest) = try await check.rows(
      "SELECT count(*), count(DISTINCT position), coalesce(max(position), 0) FROM desk.events", doing: "test"
    ) { try $0.decode((Int64, Int64, Int64).self) }.first ?? (Int64(0), Int64(0), Int64(0))
    #expect(count == total)
    #expect(distinct == total)
    #expect(highest == total, "no gap: the highest position is the number of events")
    let head = try await check.rows("SELECT position FROM desk.head", doing: "test") { try $0.decode(Int64.self) }
    #expect(head == [total])

    // Every batch is there once, its events side by side in the order given, and each
    // writer's batches in the order it appended them.
    let ids = try await check.rows("SELECT position, body->>'id' FROM desk.events ORDER BY position", doing: "test") {
      try $0.decode((Int64, String).self)
    }
    await check.close()
    #expect(ids.map(\.0) == Array(1...total))
    #expect(Set(ids.map(\.1)).count == ids.count, "no event twice")
    var lastBatch: [Int: Int] = [:]
    var index = 0
    while index < ids.count {
      let parts = ids[index].1.split(separator: "-").compactMap { Int($0) }
      guard parts.count == 3, parts[2] == 0 else {
        Issue.record("position \(ids[index].0) (\(ids[index].1)) does not start a batch")
        break
      }
      let (writer, batch) = (parts[0], parts[1])
      #expect(batch == (lastBatch[writer] ?? -1) + 1, "writer \(writer)'s batches in order")
      lastBatch[writer] = batch
      for event in 0...(batch % 3) {
        #expect(index + event < ids.count && ids[index + event].1 == "\(writer)-\(batch)-\(event)")
      }
      index += batch % 3 + 1
    }
    #expect(lastBatch.count == Self.writers && lastBatch.values.allSatisfy { $0 == Self.appendsEach - 1 })
    for writerHeads in heads { #expect(writerHeads == writerHeads.sorted() && writerHeads.count == Self.appendsEach) }
  }
}
