import { gql } from "@apollo/client";

export const ASSIGNMENTS = gql`
  query ContactAssignments($congressId: ID!) {
    contactAssignments(withinCongressId: $congressId, first: 100) {
      totalCount
      edges { node { id memberName congress { name } visitCount visits { visitedOn form notes } deputy { id person { name } congress { name } } } }
    }
  }
`;

export const REPORT = gql`
  query ContactReport($congressId: ID!) {
    contactReport(congressId: $congressId) {
      members { memberName deputies withinRange }
      membersOutsideRange { memberName deputies }
      uncontactedGrassrootsDeputies { id person { name } congress { name } }
    }
  }
`;

export const ASSIGN = gql`
  mutation AssignContact($input: AssignContactInput!) { assignContact(input: $input) { id } }
`;

export const RECORD_VISIT = gql`
  mutation RecordContactVisit($input: RecordContactVisitInput!) { recordContactVisit(input: $input) { id visitCount } }
`;

export interface Assignment {
  id: string;
  memberName: string;
  /** The standing committee's congress: the chosen one or one below it. */
  congress: { name: string };
  visitCount: number;
  visits: { visitedOn: string; form: string; notes: string | null }[];
  deputy: { id: string; person: { name: string }; congress: { name: string } };
}

export interface Report {
  members: { memberName: string; deputies: number; withinRange: boolean }[];
  membersOutsideRange: { memberName: string; deputies: number }[];
  uncontactedGrassrootsDeputies: { id: string; person: { name: string }; congress: { name: string } }[];
}

/** Today in China (UTC+8), as the API's dates are. */
export const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
