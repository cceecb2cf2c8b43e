import DealdeskCore
import Foundation
import Testing

@Suite struct DeskDateTests {
  /// The end of a day worked out by arithmetic is the calendar's, for moments across four
  /// centuries (leap years, the turn of 2000 and 2100, before the reference date).
  @Test func theEndOfADayIsTheCalendars() {
    var state: UInt64 = 11
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let seconds = Double(Int64(bitPattern: state >> 1) % 12_600_000_000) - 3_000_000_000
      let moment = Date(timeIntervalSince1970: seconds + Double(state % 1000) / 1000)
      let expected = DeskDate.calendar.startOfDay(for: moment).addingTimeInterval(86_399)
      #expect(DeskDate.endOfDay(moment) == expected, "\(moment)")
    }
    let midnight = Date(timeIntervalSince1970: 1_796_083_200)  // 2026-12-01 00:00 UTC
    #expect(DeskDate.endOfDay(midnight) == midnight.addingTimeInterval(86_399))
    #expect(DeskDate.endOfDay(midnight.addingTimeInterval(-1)) == midnight.addingTimeInterval(-1))
  }
}
