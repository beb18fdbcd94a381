import { createSchoolWithReview } from './factories.ts';
import { TestClient } from './http-client.ts';
import { dropTestDatabase, startTestApp, type TestApp } from './test-app.ts';

/** The usual start of a route test: the app, one school with an open review, and its SENDCo signed in. */
export interface SchoolApp {
  t: TestApp;
  school: Awaited<ReturnType<typeof createSchoolWithReview>>;
  sendco: TestClient;
}

/** Starts the app (with `startTestApp`'s overrides) and one school; call from `beforeAll`. */
export async function startWithSchool(overrides: Parameters<typeof startTestApp>[0] = {}): Promise<SchoolApp> {
  const t = await startTestApp(overrides);
  const school = await createSchoolWithReview();
  const sendco = await new TestClient(t.baseUrl).login(school.sendco.email, school.password);
  return { t, school, sendco };
}

/** Stops the app and drops this test file's database; call from `afterAll`. */
export async function stopSchoolApp(app: SchoolApp): Promise<void> {
  await app.t.stop();
  await dropTestDatabase();
}
