import Testing
@testable import Estimation

/// Small linear programs with optima worked out by hand.
@Suite("Simplex solver")
struct SimplexSolverTests {
    @Test("maximise x + y subject to x + 2y + s1 = 4, 3x + y + s2 = 6: optimum 2.8 at (1.6, 1.2)")
    func textbook() {
        let outcome = SimplexSolver().maximise(objective: [1, 1, 0, 0], constraints: [1, 2, 1, 0, 3, 1, 0, 1],
                                               rows: 2, columns: 4, rhs: [4, 6])
        guard case .optimal(let value, let x) = outcome else {
            Issue.record("expected an optimum, got \(outcome)")
            return
        }
        #expect(abs(value - 2.8) < 1e-12)
        #expect(abs(x[0] - 1.6) < 1e-12 && abs(x[1] - 1.2) < 1e-12)
    }

    @Test("Redundant equality rows are tolerated")
    func redundantRows() {
        // x + y = 2 twice, maximise x: optimum 2.
        let outcome = SimplexSolver().maximise(objective: [1, 0], constraints: [1, 1, 1, 1], rows: 2, columns: 2, rhs: [2, 2])
        #expect(outcome == .optimal(value: 2, solution: [2, 0]))
    }

    @Test("Infeasible and unbounded problems are recognised")
    func infeasibleAndUnbounded() {
        // x + y = -1 with x, y ≥ 0 is infeasible.
        #expect(SimplexSolver().maximise(objective: [1, 0], constraints: [1, 1], rows: 1, columns: 2, rhs: [-1]) == .infeasible)
        // x − y = 1, maximise x: unbounded.
        #expect(SimplexSolver().maximise(objective: [1, 0], constraints: [1, -1], rows: 1, columns: 2, rhs: [1]) == .unbounded)
    }

    @Test("A degenerate problem terminates (Bland's rule)")
    func degenerate() {
        // Beale's classic cycling example in equality form (slacks s1..s3); optimum 0.05.
        let a: [Double] = [
            0.25, -60, -0.04, 9, 1, 0, 0,
            0.5, -90, -0.02, 3, 0, 1, 0,
            0, 0, 1, 0, 0, 0, 1,
        ]
        let outcome = SimplexSolver().maximise(objective: [0.75, -150, 0.02, -6, 0, 0, 0], constraints: a,
                                               rows: 3, columns: 7, rhs: [0, 0, 1])
        guard case .optimal(let value, _) = outcome else {
            Issue.record("expected an optimum, got \(outcome)")
            return
        }
        #expect(abs(value - 0.05) < 1e-9)
    }
}
