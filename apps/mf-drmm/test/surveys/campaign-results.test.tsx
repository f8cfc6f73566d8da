import { MockedProvider } from '@apollo/client/testing/react';
import { TenantTimeZone } from '@qualipref/console-kit';
import { mockOperation } from '@qualipref/console-kit/testing';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DrmmCampaignResultsQuery } from '../../src/generated/graphql.js';
import { CampaignResults } from '../../src/surveys/CampaignResults.js';
import { CAMPAIGN_RESULTS } from '../../src/surveys/operations.js';

type Results = NonNullable<DrmmCampaignResultsQuery['campaign']>;

const rate = (value: number, withOpinion: number, lower: number, upper: number): Results['results']['dimensions'][number]['satisfaction'] => ({ __typename: 'SatisfactionRate', rate: value, withOpinion, lower, upper });

const results: Results = {
  __typename: 'Campaign',
  id: 'hall-2015',
  year: 2015,
  title: 'Enquête annuelle de satisfaction des usagers 2015',
  state: 'PUBLISHED',
  results: {
    __typename: 'CampaignResults',
    baseline: false,
    respondents: 180,
    comparedTo: { __typename: 'Campaign', id: 'hall-2014', year: 2014, title: 'Enquête 2014' },
    respondentsByChannel: [
      { __typename: 'ChannelRespondents', channel: 'PAPER', respondents: 120 },
      { __typename: 'ChannelRespondents', channel: 'KIOSK', respondents: 60 },
    ],
    dimensions: [
      { __typename: 'DimensionResult', dimension: 'RECEPTION_SPACES', label: 'Espaces d’accueil', questionCount: 2, satisfaction: rate(0.9123, 57, 0.81, 0.96), comparison: { __typename: 'SatisfactionComparison', trend: 'IMPROVED', difference: 0.065, previous: { __typename: 'SatisfactionRate', rate: 0.8473 } } },
      { __typename: 'DimensionResult', dimension: 'TELEPHONE_RECEPTION', label: 'Accueil téléphonique', questionCount: 1, satisfaction: rate(0.68, 36, 0.51, 0.81), comparison: { __typename: 'SatisfactionComparison', trend: 'DEGRADED', difference: -0.2, previous: { __typename: 'SatisfactionRate', rate: 0.88 } } },
    ],
    questions: [
      { __typename: 'QuestionResult', respondents: 180, question: { __typename: 'Question', id: 'q1', position: 1, text: 'Êtes-vous satisfait des espaces d’accueil ?' }, satisfaction: { __typename: 'SatisfactionRate', rate: 0.9123, withOpinion: 35 }, comparison: { __typename: 'SatisfactionComparison', trend: 'IMPROVED', difference: 0.065 } },
    ],
  },
};

describe('survey results', () => {
  it('shows the satisfaction by dimension in percent, with its interval and the change since the previous survey', async () => {
    render(
      <MockedProvider mocks={[mockOperation(CAMPAIGN_RESULTS, { id: 'hall-2015' }, { data: { campaign: results } })]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <CampaignResults campaignId="hall-2015" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const table = await screen.findByRole('table', { name: /par dimension/ });
    const spaces = within(table).getByText('Espaces d’accueil').closest('tr')!;
    expect(spaces.textContent).toContain('91,2\u00a0% [81,0\u00a0% – 96,0\u00a0%]');
    expect(within(spaces).getByText('En progrès (+6,5 pts)')).toBeTruthy();
    const telephone = within(table).getByText('Accueil téléphonique').closest('tr')!;
    expect(within(telephone).getByText('En recul (-20 pts)')).toBeTruthy();
    expect(screen.getByText(/180 répondants \(120 par papier, 60 par tablette\)/)).toBeTruthy();
    expect(screen.getByText(/comparée à « Enquête 2014 »/)).toBeTruthy();
  });

  it('draws each dimension’s rate with its interval, and the previous year’s rate across it', async () => {
    render(
      <MockedProvider mocks={[mockOperation(CAMPAIGN_RESULTS, { id: 'hall-2015' }, { data: { campaign: results } })]}>
        <TenantTimeZone timeZone="Europe/Paris">
          <CampaignResults campaignId="hall-2015" />
        </TenantTimeZone>
      </MockedProvider>,
    );
    const chart = await screen.findByTestId('satisfaction-chart');
    expect(within(chart).getByText(/2015 \(barre, avec son intervalle de confiance\), et 2014 \(trait noir\)/)).toBeTruthy();
    const telephone = chart.querySelector('svg[data-row="Accueil téléphonique"]')!;
    expect(telephone.querySelector('[data-part="rate"]')!.getAttribute('width')).toBe('68');
    expect(telephone.querySelector('[data-part="previous"]')!.getAttribute('x1')).toBe('88');
    expect(telephone.querySelectorAll('[data-part="interval"] line')[0]!.getAttribute('x1')).toBe('51');
  });
});
