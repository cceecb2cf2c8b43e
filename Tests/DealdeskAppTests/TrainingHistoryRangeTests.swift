import DealdeskApp
import Foundation
import Testing

/// `training-history.jsonl` sits in the desk folder, so it is a file like the others: a
/// score the trainer could never give (it gives 0 to 100) is a line that cannot be read,
/// skipped and reported, not a figure to average (Int.max overflowed in the trend).
@Suite("Practice history values")
struct TrainingHistoryRangeTests {
  @Test func aScoreOutOfRangeIsSkippedAsUnreadableNotACrash() throws {
    let folder = try TestFolder("history")
    let line = { (score: String) in
      #"{"at":"2026-11-28T10:00:00Z","deal":true,"persona":"hawk","score":"# + score + #","seed":1}"#
    }
    let lines = [line("9223372036854775807"), line("-9223372036854775808"), line("64"), line("101"), line("71")]
    _ = try folder.write(TrainingHistory.fileName, lines: lines)

    let (entries, unreadable, problem) = TrainingHistory(folder: folder.url).load()
    #expect(problem == nil)
    #expect(entries.map(\.score) == [64, 71])
    #expect(unreadable == 3)
    let text = TrainingHistory.render(entries, unreadable: unreadable)
    #expect(text.contains("Trend: up 7 points"))
    #expect(text.contains("3 lines of training-history.jsonl could not be read"))
  }
}
