/** Who someone is in a list of people: their name, and the email address they sign in with. */
export function PersonName({ name, email }: { name: string; email: string }) {
  return (
    <div className="member__who">
      <p className="member__name">{name}</p>
      <p className="member__email">{email}</p>
    </div>
  );
}
