/** Word lists for synthetic data: company names, regions, lines of business, people. */

export const companyPrefixes = [
  'Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Wonka', 'Tyrell', 'Cyberdyne',
  'Soylent', 'Hooli', 'Vandelay', 'Gringotts', 'Oscorp', 'Aperture', 'Blue Sun', 'Contoso', 'Fabrikam', 'Tailspin',
  'Litware', 'Adatum', 'Proseware', 'Lamna', 'Fourth Coffee', 'Wingtip', 'Alpine', 'Bluefin', 'Cobalt', 'Driftwood',
  'Evergreen', 'Foxglove', 'Granite', 'Harbor', 'Ironclad', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus',
];
export const companySuffixes = ['Corp', 'Inc', 'Labs', 'Group', 'Holdings', 'Systems', 'Industries', 'Partners', 'Health', 'Logistics', 'Bank', 'Retail'];
export const regions = ['North America', 'EMEA', 'APAC', 'LATAM', 'DACH', 'Nordics', 'UK & Ireland', 'ANZ'];
export const linesOfBusiness = ['Finance', 'Marketing', 'Operations', 'Sales', 'HR', 'IT', 'Customer Service', 'Supply Chain', 'R&D'];
export const products = ['Analytics', 'Workflow', 'Insights', 'Connect', 'Automate', 'Forms', 'Portal', 'Data Hub'];
export const industries = ['Software', 'Financial Services', 'Healthcare', 'Retail', 'Manufacturing', 'Education', 'Media', 'Logistics', 'Energy', 'Public Sector'];
export const tiers = ['Enterprise', 'Mid-Market', 'SMB'];
export const firstNames = [
  'Alice', 'Bruno', 'Chen', 'Dana', 'Elif', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kara', 'Luis', 'Mei', 'Noah',
  'Olga', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tariq', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoe',
];
export const lastNames = [
  'Anders', 'Becker', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hughes', 'Ivanova', 'Jensen', 'Kowalski',
  'Larsen', 'Moreau', 'Nakamura', 'Okafor', 'Patel', 'Rossi', 'Silva', 'Tanaka', 'Urban', 'Vargas', 'Weber', 'Young', 'Zhang',
];
export const titles = ['VP Operations', 'Head of IT', 'CFO', 'Project Lead', 'Product Owner', 'Director of Marketing', 'Admin', 'CTO'];
export const topics: Record<string, readonly string[]> = {
  onboarding: ['kickoff', 'admin training', 'data import', 'go-live plan'],
  adoption: ['usage review', 'feature walkthrough', 'best practices', 'new module demo'],
  renewal: ['renewal terms', 'pricing review', 'contract redlines', 'renewal timeline'],
  escalation: ['outage follow-up', 'open bug', 'SLA breach', 'performance issue'],
  expansion: ['more seats', 'new department rollout', 'upgrade to Enterprise', 'add-on module'],
};
