// The class is shared with common/ (the calendar refuses bad dates with it); services keep
// importing it from here.
export { DomainError } from '../../common/errors/domain-error';
