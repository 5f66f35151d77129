export function WorkshopView() {
  return null;
}
