// Every GraphQL document the dashboard page sends, in one module. Each is a complete document (fragments
// included) in a plain template literal without substitutions, so that DashboardPageDocumentsTest can read this
// file, parse every document and validate it against the running schema: a schema change that breaks the page
// fails the build, browser or not.

/** Who is signed in, in which role and house, and which operations the role may call. */
export const SIGNED_IN_USER = `
query SignedInUser {
  signedInUser { userId role house operations }
}`;

/** One house's goals for a year (målopfyldelse, §8.1). */
export const HOUSE_DASHBOARD = `
query HouseDashboard($house: House!, $year: Int!) {
  dashboard(house: $house, year: $year) {
    house year definitionSet contractStatus contractEffectiveOn
    goals { ...GoalFigures }
  }
}
fragment GoalFigures on GoalResult {
  goalId goalNumber national title definitionId unit actual target comparison targetSource met note
  counts { counted excluded numerator denominator respondents }
}`;

/** The six houses rolled up against the agreement's national targets. */
export const NATIONAL_DASHBOARD = `
query NationalDashboard($year: Int!) {
  nationalDashboard(year: $year) {
    year definitionSet
    goals { ...GoalFigures }
  }
}
fragment GoalFigures on GoalResult {
  goalId goalNumber national title definitionId unit actual target comparison targetSource met note
  counts { counted excluded numerator denominator respondents }
}`;

/** A number and the companies, cases and deliveries behind it, a page at a time. */
export const GOAL_EXPLANATION = `
query GoalExplanation($house: House!, $year: Int!, $goal: String!, $first: Int!, $after: String) {
  dashboard(house: $house, year: $year) {
    definitionSet
    goal(id: $goal) {
      goalId goalNumber title definitionId definition unit actual target comparison targetSource met note
      counts { counted excluded numerator denominator promoters passives detractors respondents
               companyMeanGrowth controlGroupGrowth }
      delivery { source revision status deliveredOn preliminary restated }
    }
  }
  explainGoal(house: $house, year: $year, goal: $goal, first: $first, after: $after) {
    goalId definitionId totalCount note
    edges { cursor node { cvr caseId counted reason category value eventPositions } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The audit trail of one case or one company, a page at a time (tilsyn, §10.2). */
export const AUDIT_TRAIL = `
query AuditTrail($filter: AuditTrailFilter!, $first: Int!, $after: String) {
  auditTrail(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        position eventType aggregateId house cvr businessDate recordedAt userId role userHouse reason payload
        correction { kind subjectId previousPosition fields { name previous corrected } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every dashboard build and how far it has come. */
export const DASHBOARD_BUILDS = `
query DashboardBuilds {
  dashboardBuilds {
    id definitionSet status isDefault stopsAt
    upTo { position recordedAt businessDate }
    progress { eventsDone eventsTotal percentDone eventsPerSecond secondsLeft error }
    startedAt startedBy finishedAt promotedAt endedAt
  }
}`;
