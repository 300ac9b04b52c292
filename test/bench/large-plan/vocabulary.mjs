// Word lists: regions, people, customers, products, campaigns, partners and assets.

export const REGIONS = [
  { id: 'dach', name: 'DACH', currency: 'EUR', cities: ['Berlin', 'Munich', 'Vienna', 'Zurich'] },
  { id: 'nordics', name: 'Nordics', currency: 'EUR', cities: ['Stockholm', 'Copenhagen', 'Oslo', 'Helsinki'] },
  { id: 'benelux', name: 'Benelux', currency: 'EUR', cities: ['Amsterdam', 'Brussels', 'Rotterdam'] },
  { id: 'france', name: 'France', currency: 'EUR', cities: ['Paris', 'Lyon', 'Toulouse'] },
  { id: 'iberia', name: 'Iberia', currency: 'EUR', cities: ['Madrid', 'Barcelona', 'Lisbon'] },
  { id: 'italy', name: 'Italy', currency: 'EUR', cities: ['Milan', 'Rome', 'Turin'] },
  { id: 'uk-ireland', name: 'UK and Ireland', currency: 'GBP', cities: ['London', 'Manchester', 'Dublin'] },
  { id: 'north-america', name: 'North America', currency: 'USD', cities: ['New York', 'Chicago', 'Toronto', 'Austin'] },
  { id: 'latam', name: 'Latin America', currency: 'USD', cities: ['Sao Paulo', 'Mexico City', 'Bogota'] },
  { id: 'apac', name: 'APAC', currency: 'USD', cities: ['Singapore', 'Sydney', 'Tokyo'] },
];

export const PEOPLE = [
  'Dana Lee',
  'Priya Shah',
  'Marco Rossi',
  'Lena Vogel',
  'Tom Becker',
  'Aisha Khan',
  'Jonas Weber',
  'Sam Okafor',
  'Katrin Hofmann',
  'Nina Alvarez',
  'Lucas Martin',
  'Sofia Lindqvist',
  'Ahmed Benali',
  'Emma Janssen',
  'Carlos Ortega',
  'Giulia Bianchi',
  'Oliver Hughes',
  "Siobhan O'Neill",
  'Maya Patel',
  'Ethan Brooks',
  'Camila Souza',
  'Diego Ramirez',
  'Hiroshi Tanaka',
  'Mei Chen',
  'Liam Walsh',
  'Freya Nilsen',
  'Pieter de Vries',
  'Chloe Dubois',
  'Ines Ferreira',
  'Noah Fischer',
];

export const CUSTOMERS = [
  'Northwind Logistics',
  'Contoso Retail',
  'Fabrikam Health',
  'Globex Energy',
  'Initech Finance',
  'Umbrella Pharma',
  'Stark Manufacturing',
  'Wayne Mobility',
  'Tyrell Robotics',
  'Cyberdyne Systems',
  'Soylent Foods',
  'Hooli Media',
  'Vandelay Imports',
  'Wonka Confectionery',
  'Oceanic Air',
];
export const PRODUCTS = ['Analytics Suite', 'Data Connect', 'Forecast Pro', 'Insight Cloud', 'Pipeline Studio'];
export const CAMPAIGNS = ['Spring Forward', 'Data Confidence', 'Close Faster', 'Cloud Move', 'Year of Insight', 'Smart Forecasting'];
export const PARTNERS = ['Blue Harbor Consulting', 'Summit Integrators', 'Northstar Systems', 'Cobalt Partners'];
export const ASSETS = ['ROI calculator', 'buyer guide', 'benchmark report', 'migration checklist', 'security whitepaper'];
