import { useMe } from '../api/queries';
import { AnonymitySetting } from '../components/AnonymitySetting';
import { ChangePassword } from '../components/ChangePassword';
import { DeleteAccount } from '../components/DeleteAccount';
import { ErrorPanel } from '../components/ErrorPanel';
import { ExportProgress } from '../components/ExportProgress';
import { ImportProgress } from '../components/ImportProgress';
import { Loading } from '../components/Loading';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

export function AccountPage() {
  const me = useMe();
  return (
    <div className="narrow account-page">
      <title>Account · Winter Arc</title>
      <h1>Account and data</h1>
      <section className="card" aria-labelledby="account-heading">
        <h2 id="account-heading">Account</h2>
        {me.isPending && <Loading label="Loading your account…" />}
        {me.isError && (
          <ErrorPanel title="Could not load your account" error={me.error} onRetry={() => me.refetch()} />
        )}
        {me.isSuccess && (
          <dl className="facts">
            <dt>Name</dt>
            <dd>{me.data.displayName}</dd>
            <dt>Email</dt>
            <dd>{me.data.email}</dd>
            <dt>Role</dt>
            <dd className="capitalize">{me.data.role}</dd>
            <dt>Member since</dt>
            <dd>{dateFormat.format(new Date(me.data.createdAt))}</dd>
          </dl>
        )}
      </section>
      {me.isSuccess && (
        <section className="card" aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">Privacy</h2>
          <AnonymitySetting user={me.data} />
        </section>
      )}
      {me.isSuccess && (
        <section className="card" aria-labelledby="security-heading">
          <h2 id="security-heading">Sign-in</h2>
          <ChangePassword />
        </section>
      )}
      <section className="card" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <ExportProgress />
        <ImportProgress />
        <DeleteAccount />
      </section>
    </div>
  );
}
