import DealdeskTrainer
import Testing

@Suite struct ConcessionCurveTests {
  @Test func fractionsAreExact() {
    // Boulware e = 0.2: (6/12)^5 = 1/32.
    #expect(ConcessionCurve.boulware(power: 5).fraction(round: 6, deadline: 12) == 31_250)
    // Conceder e = 2: √(1/4) = 1/2; √(1/10) = 0.316227… rounded down.
    #expect(ConcessionCurve.conceder(root: 2).fraction(round: 1, deadline: 4) == 500_000)
    #expect(ConcessionCurve.conceder(root: 2).fraction(round: 1, deadline: 10) == 316_227)
    #expect(ConcessionCurve.linear.fraction(round: 1, deadline: 3) == 333_333)
    for curve in [ConcessionCurve.boulware(power: 5), .linear, .conceder(root: 2)] {
      #expect(curve.fraction(round: 0, deadline: 10) == 0)
      #expect(curve.fraction(round: 10, deadline: 10) == 1_000_000)
    }
  }

  @Test func theTargetFallsFromTheBestToTheFloor() {
    let curve = ConcessionCurve.linear
    #expect(curve.target(round: 0, deadline: 4, minimum: 600_000, maximum: 1_000_000) == 1_000_000)
    #expect(curve.target(round: 1, deadline: 4, minimum: 600_000, maximum: 1_000_000) == 900_000)
    #expect(curve.target(round: 4, deadline: 4, minimum: 600_000, maximum: 1_000_000) == 600_000)
  }
}
