// The GraphQL the write-up pages share: the practice page, its edit form and its history.

/** Everything the practice page and the edit form show of a write-up. */
export const PRACTICE_DETAIL = /* GraphQL */ `
  fragment PracticeDetail on Practice {
    id
    slug
    title
    summary
    bodyHtml
    department {
      slug
      name
      state
      city
      agencyType
    }
    author {
      displayName
      title
    }
    topics {
      slug
      name
    }
    status
    visibility
    lifecycle
    discontinuedReason
    problem
    approach
    implementation {
      startedOn
      staffing
      partners
      trainingHours
    }
    cost {
      startup
      annual
      notes
    }
    evidenceLevel
    evidenceNotes
    outcomes {
      id
      metric
      baseline
      result
      unit
      period
      source
      direction
    }
    rating
    ratingReason
    ratingSource
    resources {
      id
      kind
      title
      url
    }
    contact
    version
    reviewComment
    viewerCan {
      edit
      submit
      publish
      sendBack
      archive
      reportAdoption
      setRating
    }
    publishedAt
    updatedAt
  }
`;

/** The topics a write-up can be filed under, for the form's checkboxes. */
export const TOPIC_CHOICES = /* GraphQL */ `
  query TopicChoices {
    topics {
      slug
      name
    }
  }
`;
