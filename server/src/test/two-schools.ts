import { createSchoolWithReview } from './factories.ts';
import { TestClient } from './http-client.ts';
import { startTestApp, type TestApp } from './test-app.ts';

type School = Awaited<ReturnType<typeof createSchoolWithReview>>;

/** A running app with two schools, and signed-in clients for the home SENDCo, home staff and the other school's SENDCo. */
export interface TwoSchools {
  t: TestApp;
  home: School;
  other: School;
  sendco: TestClient;
  staff: TestClient;
  otherSendco: TestClient;
  anonymous: TestClient;
}

/** Starts the app (today pinned) with two schools: the usual setup for 401/403/404 route tests. */
export async function startWithTwoSchools(today: string, homeName?: string): Promise<TwoSchools> {
  const t = await startTestApp({ today });
  const home = await createSchoolWithReview(homeName ? { name: homeName } : {});
  const other = await createSchoolWithReview();
  return {
    t,
    home,
    other,
    sendco: await new TestClient(t.baseUrl).login(home.sendco.email, home.password),
    staff: await new TestClient(t.baseUrl).login(home.staff.email, home.password),
    otherSendco: await new TestClient(t.baseUrl).login(other.sendco.email, other.password),
    anonymous: new TestClient(t.baseUrl),
  };
}
